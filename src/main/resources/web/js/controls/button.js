// `button`: a Material button. A real <button> whose whole text is exactly `text`: the optional
// icon is a decorative SVG (aria-hidden, no text), the label a <span>.

import { wireClick, wireFocus } from '../events.js';
import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { color, setStyle } from '../style.js';

const VARIANTS = new Set(['elevated', 'filled', 'tonal', 'outlined', 'text']);

export default {
  create(props, ctx) {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'weft-button weft-button--elevated';
    const label = document.createElement('span');
    label.className = 'weft-button-label';
    el.append(label);
    wireClick(el, ctx);
    wireFocus(el, ctx);
    addRipple(el);
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'text':
          el.lastElementChild.textContent = value === null || value === undefined ? '' : String(value);
          break;
        case 'variant': {
          const variant = VARIANTS.has(value) ? value : 'elevated';
          for (const v of VARIANTS) el.classList.toggle(`weft-button--${v}`, v === variant);
          break;
        }
        case 'icon': {
          el.querySelector(':scope > svg')?.remove();
          const icon = createIcon(value, 'weft-icon weft-button-icon');
          if (icon) el.prepend(icon);
          el.classList.toggle('weft-button--with-icon', icon !== null);
          break;
        }
        case 'color':
          setStyle(el, 'color', color(value));
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          break;
        default:
          break;
      }
    }
  },

  setDisabled(el, disabled) {
    el.disabled = disabled;
  },
};
