// `navigationBar`: Material 3's navigation bar, destinations side by side (destinations.js has
// the structure and the selection, tablist.js the keyboard). `labelBehavior` hides all labels
// (`alwaysHide`) or all but the selected one's (`onlyShowSelected`), in weft.css.

import { color, setStyle } from '../style.js';
import { createNav, disableDestinations, fillDestinations, setNavLabel, showDestinations } from './destinations.js';

const BEHAVIORS = new Set(['alwaysHide', 'onlyShowSelected']);

export default {
  create(props, ctx) {
    const el = createNav('weft-navbar', ctx, false);
    fillDestinations(el, props);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    if ('destinations' in delta) fillDestinations(el, props);
    else if ('selectedIndex' in delta) showDestinations(el, props);
    if ('destinations' in delta && props.disabled === true) disableDestinations(el, true);
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'labelBehavior':
          for (const b of BEHAVIORS) el.classList.toggle(`weft-navbar--${b}`, b === value);
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          break;
        case 'label':
          setNavLabel(el, value);
          break;
        default:
          break;
      }
    }
  },

  setDisabled(el, disabled) {
    disableDestinations(el, disabled);
  },
};
