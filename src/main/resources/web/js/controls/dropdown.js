// `dropdown`: a real <select> inside a <label>, drawn as a Material outlined field. While no option
// is chosen (value null, or a key not among the options) a disabled placeholder option showing
// `hint` is selected.
//
//   <label class="weft-dropdown" data-weft-id="13">
//     <span class="weft-dropdown-label">Colour</span>
//     <span class="weft-dropdown-box"><select>…</select><svg class="weft-dropdown-arrow"/></span>
//   </label>

import { claimClicks, wireSelect } from '../events.js';
import { createIcon } from '../icons.js';

const text = (value) => (value === null || value === undefined ? '' : String(value));

function fillOptions(select, options, hint) {
  const placeholder = document.createElement('option');
  placeholder.value = '';
  placeholder.disabled = true;
  placeholder.textContent = text(hint);
  placeholder.className = 'weft-dropdown-placeholder';
  placeholder.selected = true;
  const items = (Array.isArray(options) ? options : []).filter((o) => o && o.key !== undefined && o.key !== null);
  select.replaceChildren(placeholder, ...items.map((o) => {
    const option = document.createElement('option');
    option.value = String(o.key);
    option.textContent = o.text === undefined || o.text === null ? String(o.key) : String(o.text);
    return option;
  }));
}

function choose(select, value) {
  const key = value === null || value === undefined ? null : String(value);
  const index = key === null ? -1 : [...select.options].findIndex((o, i) => i > 0 && o.value === key);
  select.selectedIndex = index > 0 ? index : 0;
  select.closest('.weft-dropdown')?.classList.toggle('weft-dropdown--empty', select.selectedIndex === 0);
}

export default {
  create(props, ctx) {
    const el = document.createElement('label');
    el.className = 'weft-dropdown weft-fill';
    const label = document.createElement('span');
    label.className = 'weft-dropdown-label';
    label.id = `weft-${ctx.id}-label`;
    label.hidden = true;
    const box = document.createElement('span');
    box.className = 'weft-dropdown-box';
    const select = document.createElement('select');
    select.className = 'weft-dropdown-select';
    select.addEventListener('change', () => choose(select, select.value));
    wireSelect(select, ctx);
    box.append(select, createIcon('expand_more', 'weft-icon weft-dropdown-arrow'));
    el.append(label, box);
    claimClicks(el);
    fillOptions(select, props.options, props.hint);
    choose(select, props.value);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    const select = el.querySelector('select');
    const label = el.querySelector('.weft-dropdown-label');
    if ('options' in delta || 'hint' in delta) fillOptions(select, props.options, props.hint);
    if ('options' in delta || 'hint' in delta || 'value' in delta) choose(select, props.value);
    if ('label' in delta) {
      label.textContent = text(delta.label);
      label.hidden = label.textContent === '';
      // named by the label text alone (the wrapping <label> would also count the options' text)
      if (label.hidden) select.removeAttribute('aria-labelledby');
      else select.setAttribute('aria-labelledby', label.id);
    }
  },

  setDisabled(el, disabled) {
    el.querySelector('select').disabled = disabled;
  },
};
