// `floatingActionButton`: Material 3's FAB, a <button> with an icon on a rounded square; with
// `text`, the extended FAB (icon and text). Named by its text, else its tooltip, else its icon's
// name (an icon-only FAB gets that as aria-label).

import { wireClick, wireFocus } from '../events.js';
import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { color, setStyle } from '../style.js';

function accessibleName(props) {
  if (typeof props.text === 'string' && props.text !== '') return null; // its visible text
  if (typeof props.tooltip === 'string' && props.tooltip !== '') return props.tooltip;
  return typeof props.icon === 'string' ? props.icon : '';
}

export default {
  create(props, ctx) {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'weft-fab';
    const label = document.createElement('span');
    label.className = 'weft-fab-label';
    el.append(label);
    wireClick(el, ctx);
    wireFocus(el, ctx);
    addRipple(el);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'icon': {
          el.querySelector(':scope > svg')?.remove();
          const icon = createIcon(value, 'weft-icon weft-fab-icon');
          if (icon) el.prepend(icon);
          break;
        }
        case 'text':
          el.querySelector('.weft-fab-label').textContent = typeof value === 'string' ? value : '';
          el.classList.toggle('weft-fab--extended', typeof value === 'string' && value !== '');
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          break;
        default:
          break;
      }
    }
    const name = accessibleName(ctx.node.props);
    if (name === null) el.removeAttribute('aria-label');
    else el.setAttribute('aria-label', name);
  },

  setDisabled(el, disabled) {
    el.disabled = disabled;
  },
};
