// `radio`: a native <input type="radio"> (drawn as a Material radio) in a <label>. Its group is the
// nearest `radioGroup` element around it: the radio takes the group's input name (so the browser's
// own arrow keys move within the group, one Tab stop) and is checked when its value is the group's.
// The group listens to the inputs' `change`; a radio sends nothing itself.
//
//   <label class="weft-radio" data-weft-id="21">
//     <span class="weft-radio-control"><input type="radio" name="weft-20-radios" value="tea"><span class="weft-radio-dot"/></span>
//     <span class="weft-radio-label">Tea</span>
//   </label>

import { claimClicks } from '../events.js';

const text = (value) => (value === null || value === undefined ? '' : String(value));

/** Joins a radio to the group around it, if any: the group's input name and checked state. */
export function joinGroup(el) {
  const input = el.querySelector('input');
  const group = el.parentElement?.closest('.weft-radiogroup');
  input.name = group ? group.dataset.radioName : '';
  input.checked = group !== null && group !== undefined && group.dataset.value === input.value
    && group.dataset.hasValue === 'true';
}

export default {
  create(props, ctx) {
    const el = document.createElement('label');
    el.className = 'weft-radio';
    const control = document.createElement('span');
    control.className = 'weft-radio-control';
    const input = document.createElement('input');
    input.type = 'radio';
    input.className = 'weft-radio-input';
    const dot = document.createElement('span');
    dot.className = 'weft-radio-dot';
    control.append(input, dot);
    const label = document.createElement('span');
    label.className = 'weft-radio-label';
    el.append(control, label);
    claimClicks(el);
    this.update(el, props);
    // built before it is placed: join the group once the patch has put it in
    ctx.afterPatch(() => joinGroup(el));
    return el;
  },

  update(el, delta) {
    const input = el.querySelector('input');
    if ('value' in delta) {
      input.value = text(delta.value);
      if (el.isConnected) joinGroup(el);
    }
    if ('label' in delta) {
      const label = el.querySelector('.weft-radio-label');
      label.textContent = text(delta.label);
      label.hidden = label.textContent === '';
    }
  },

  setDisabled(el, disabled) {
    el.querySelector('input').disabled = disabled;
  },
};
