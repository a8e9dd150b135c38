// `checkbox`: a real <input type="checkbox"> inside a <label> with the label text. The box is the
// input itself (restyled), with a decorative check mark drawn over it.
//
//   <label class="weft-checkbox" data-weft-id="9">
//     <span class="weft-checkbox-box"><input type="checkbox"><svg class="weft-checkbox-mark"/></span>
//     <span class="weft-checkbox-label">Remember me</span>
//   </label>

import { claimClicks, wireToggle } from '../events.js';
import { createIcon } from '../icons.js';

/** Shared by checkbox and switch: a toggle input in a label. */
export function toggleRenderer({ className, decorate }) {
  return {
    create(props, ctx) {
      const el = document.createElement('label');
      el.className = className;
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.className = `${className}-input`;
      const label = document.createElement('span');
      label.className = `${className}-label`;
      label.hidden = true;
      el.append(decorate(input), label);
      claimClicks(el);
      wireToggle(input, ctx);
      this.update(el, props);
      return el;
    },

    update(el, delta) {
      const input = el.querySelector('input');
      for (const [name, value] of Object.entries(delta)) {
        if (name === 'value') {
          input.checked = value === true;
        } else if (name === 'label') {
          const label = el.lastElementChild;
          label.textContent = value === null || value === undefined ? '' : String(value);
          label.hidden = label.textContent === '';
        }
      }
    },

    setDisabled(el, disabled) {
      el.querySelector('input').disabled = disabled;
    },
  };
}

export default toggleRenderer({
  className: 'weft-checkbox',
  decorate(input) {
    const box = document.createElement('span');
    box.className = 'weft-checkbox-box';
    box.append(input, createIcon('check', 'weft-checkbox-mark'));
    return box;
  },
});
