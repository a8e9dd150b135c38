// `navigationBar`: Material 3's navigation bar, destinations side by side (destinations.js has
// the structure and the selection, tablist.js the keyboard). `labelBehavior` hides all labels
// (`alwaysHide`) or all but the selected one's (`onlyShowSelected`), in weft.css.

import { createNav, disableDestinations, updateNav } from './destinations.js';

const BEHAVIORS = new Set(['alwaysHide', 'onlyShowSelected']);

export default {
  create(props, ctx) {
    const el = createNav('weft-navbar', ctx, false);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    updateNav(el, delta, ctx.node.props);
    if ('labelBehavior' in delta) {
      for (const b of BEHAVIORS) el.classList.toggle(`weft-navbar--${b}`, b === delta.labelBehavior);
    }
  },

  setDisabled(el, disabled) {
    disableDestinations(el, disabled);
  },
};
