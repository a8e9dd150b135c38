// `autoComplete`: an outlined text field (the textField's look) whose suggestions are filtered in
// the browser as the user types: those whose key or value contains the text, ignoring case, in a
// listbox below (see combobox.js for the keys and roles). Typing costs no round trip; choosing a
// suggestion puts its value in the field and sends `select` with its key (always, so the server
// knows the choice). Edits go out as `change` like a textField's.
//
//   <div class="weft-autocomplete" data-weft-id="50">
//     <label class="weft-textfield">…<input role="combobox">…</label>
//     <div role="listbox" class="weft-autocomplete-list"><div class="weft-option">Berlin</div>…</div>
//   </div>

import { claimClicks, listensTo, wireFocus } from '../events.js';
import { combobox } from '../combobox.js';

const text = (value) => (value === null || value === undefined ? '' : String(value));
const MAX_SHOWN = 50;

function suggestions(props) {
  return (Array.isArray(props.suggestions) ? props.suggestions : [])
    .filter((s) => s && typeof s.key === 'string')
    .map((s) => ({ key: s.key, value: typeof s.value === 'string' ? s.value : s.key }));
}

/** The options for what is typed: nothing for an empty field. */
function filter(list, props, typed) {
  const needle = typed.trim().toLowerCase();
  const matches = needle === '' ? [] : suggestions(props)
    .filter((s) => s.key.toLowerCase().includes(needle) || s.value.toLowerCase().includes(needle))
    .slice(0, MAX_SHOWN);
  list.replaceChildren(...matches.map((s) => {
    const option = document.createElement('div');
    option.className = 'weft-option';
    option.dataset.key = s.key;
    option.textContent = s.value;
    return option;
  }));
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-autocomplete weft-fill';
    const field = document.createElement('label');
    field.className = 'weft-textfield weft-fill';
    const box = document.createElement('span');
    box.className = 'weft-textfield-box';
    const label = document.createElement('span');
    label.className = 'weft-textfield-label';
    label.id = `weft-${ctx.id}-label`;
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'weft-textfield-input';
    box.append(label, input);
    field.append(box);
    const list = document.createElement('div');
    list.className = 'weft-autocomplete-list';
    list.id = `weft-${ctx.id}-list`;
    el.append(field, list);
    claimClicks(el);

    // before the combobox's own listener, so it opens on the options for the new text
    input.addEventListener('input', () => {
      filter(list, ctx.node.props, input.value);
      field.classList.toggle('weft-textfield--filled', input.value !== '');
      ctx.emit('change', input.value);
    });
    const combo = combobox(input, list, {
      options: () => [...list.children],
      choose(option) {
        input.value = option.textContent;
        field.classList.add('weft-textfield--filled');
        ctx.emit('select', option.dataset.key, true);
      },
    });
    input.addEventListener('change', () => {
      if (!listensTo(ctx.node.props, 'change')) ctx.emit('change', input.value, true);
    });
    input.addEventListener('keydown', (event) => combo.key(event));
    wireFocus(input, ctx, () => null);
    this.update(el, { label: null, ...props }, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const input = el.querySelector('input');
    const field = el.querySelector('.weft-textfield');
    if ('value' in delta && input.value !== text(delta.value)) input.value = text(delta.value);
    if ('label' in delta) {
      const label = el.querySelector('.weft-textfield-label');
      label.textContent = text(delta.label);
      label.hidden = label.textContent === '';
      field.classList.toggle('weft-textfield--labelled', !label.hidden);
      if (label.hidden) input.removeAttribute('aria-labelledby');
      else input.setAttribute('aria-labelledby', label.id);
    }
    if ('suggestions' in delta && document.activeElement === input) filter(el.querySelector('.weft-autocomplete-list'), ctx.node.props, input.value);
    field.classList.toggle('weft-textfield--filled', input.value !== '');
  },

  setDisabled(el, disabled) {
    el.querySelector('input').disabled = disabled;
  },
};
