// `iconButton`: a round <button> holding only an icon. Its accessible name (aria-label) is the
// `tooltip`, or the icon's name when there is no tooltip; `selected` (true or false) makes it a
// toggle button, aria-pressed "true" or "false".

import { wireClick, wireFocus } from '../events.js';
import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { color, setStyle } from '../style.js';

const VARIANTS = new Set(['standard', 'filled', 'tonal', 'outlined']);

function accessibleName(props) {
  if (typeof props.tooltip === 'string' && props.tooltip !== '') return props.tooltip;
  return typeof props.icon === 'string' ? props.icon : '';
}

export default {
  create(props, ctx) {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'weft-icon-button weft-icon-button--standard';
    wireClick(el, ctx);
    wireFocus(el, ctx);
    addRipple(el);
    this.update(el, props, ctx);
    el.setAttribute('aria-label', accessibleName(props));
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'icon': {
          el.replaceChildren();
          const icon = createIcon(value);
          if (icon) el.append(icon);
          break;
        }
        case 'variant': {
          const variant = VARIANTS.has(value) ? value : 'standard';
          for (const v of VARIANTS) el.classList.toggle(`weft-icon-button--${v}`, v === variant);
          break;
        }
        case 'iconColor':
          setStyle(el, 'color', color(value));
          break;
        case 'selected':
          // true or false: a toggle button, pressed or not; null: a plain button
          el.classList.toggle('weft-selected', value === true);
          if (typeof value === 'boolean') el.setAttribute('aria-pressed', String(value));
          else el.removeAttribute('aria-pressed');
          break;
        default:
          break;
      }
    }
    if ('icon' in delta || 'tooltip' in delta) el.setAttribute('aria-label', accessibleName(ctx.node.props));
  },

  setDisabled(el, disabled) {
    el.disabled = disabled;
  },
};
