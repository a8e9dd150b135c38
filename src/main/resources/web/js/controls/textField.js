// `textField`: a Material outlined text field. The control's element is a <label> wrapping a real
// <input> (a <textarea> when `multiline`), so a click anywhere focuses the field, and the input is
// named by the label text (aria-labelledby) and described by the helper or error text.
//
//   <label class="weft-textfield" data-weft-id="7">
//     <span class="weft-textfield-box">
//       <span class="weft-textfield-label" id="weft-7-label">Name</span>
//       <span class="weft-textfield-prefix"></span> <input id="weft-7-input"> <span class="weft-textfield-suffix"></span>
//     </span>
//     <span class="weft-textfield-support" id="weft-7-support"></span>
//   </label>

import { claimClicks, wireTextInput } from '../events.js';

const INPUT_MODES = { number: 'decimal', email: 'email', phone: 'tel', url: 'url' };
const LINE_HEIGHT = 24;

const parts = (el) => ({
  label: el.querySelector('.weft-textfield-label'),
  prefix: el.querySelector('.weft-textfield-prefix'),
  suffix: el.querySelector('.weft-textfield-suffix'),
  field: el.querySelector('.weft-textfield-input'),
  support: el.querySelector('.weft-textfield-support'),
});

const text = (value) => (value === null || value === undefined ? '' : String(value));

function span(className, id) {
  const el = document.createElement('span');
  el.className = className;
  if (id) el.id = id;
  return el;
}

function createField(multiline, ctx) {
  const field = document.createElement(multiline ? 'textarea' : 'input');
  field.className = 'weft-textfield-input';
  field.id = `weft-${ctx.id}-input`;
  if (!multiline) field.type = 'text';
  field.setAttribute('aria-describedby', `weft-${ctx.id}-support`);
  field.addEventListener('input', () => markFilled(field));
  wireTextInput(field, ctx);
  return field;
}

function markFilled(field) {
  field.closest('.weft-textfield')?.classList.toggle('weft-textfield--filled', field.value !== '');
}

/** Sets the value the server sent; on the focused field only when it differs, keeping the caret. */
function setValue(field, value) {
  if (field.value === value) return;
  if (document.activeElement === field) {
    const { selectionStart, selectionEnd, value: old } = field;
    const atEnd = selectionEnd === old.length;
    field.value = value;
    const caret = atEnd ? value.length : Math.min(selectionStart, value.length);
    field.setSelectionRange(caret, atEnd ? value.length : Math.min(selectionEnd, value.length));
  } else {
    field.value = value;
  }
  markFilled(field);
}

/**
 * A field is named by its label (aria-labelledby). One without a label still needs a name: its
 * hint, as aria-label (a placeholder alone is no label: it is gone once the user types).
 */
function updateName(field, props) {
  const hint = text(props.hint);
  if (text(props.label) === '' && hint !== '') field.setAttribute('aria-label', hint);
  else field.removeAttribute('aria-label');
}

function updateSupport(el, props) {
  const { support, field } = parts(el);
  const error = text(props.errorText);
  support.textContent = error || text(props.helper);
  support.hidden = support.textContent === '';
  el.classList.toggle('weft-textfield--error', error !== '');
  if (error) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

function updateType(field, props) {
  if (field.tagName !== 'INPUT') return;
  field.type = props.password === true ? 'password' : 'text';
  const mode = INPUT_MODES[props.keyboard];
  if (mode && props.password !== true) field.inputMode = mode;
  else field.removeAttribute('inputmode');
}

export default {
  create(props, ctx) {
    const el = document.createElement('label');
    el.className = 'weft-textfield weft-fill';
    const box = span('weft-textfield-box');
    const label = span('weft-textfield-label', `weft-${ctx.id}-label`);
    label.hidden = true;
    const prefix = span('weft-textfield-prefix');
    const suffix = span('weft-textfield-suffix');
    prefix.hidden = suffix.hidden = true;
    box.append(label, prefix, createField(props.multiline === true, ctx), suffix);
    const support = span('weft-textfield-support', `weft-${ctx.id}-support`);
    support.hidden = true;
    el.append(box, support);
    claimClicks(el);
    this.update(el, props, ctx);
    if (props.autofocus === true) ctx.afterPatch(() => parts(el).field.focus());
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    if ('multiline' in delta && (props.multiline === true) !== (parts(el).field.tagName === 'TEXTAREA')) {
      const old = parts(el).field;
      const field = createField(props.multiline === true, ctx);
      field.value = old.value;
      const hadFocus = document.activeElement === old;
      old.replaceWith(field);
      if (hadFocus) field.focus();
      // the new field needs every property again (but keeps the text the user sees)
      const { value, ...rest } = props;
      delta = { ...rest, ...delta };
    }
    const { label, prefix, suffix, field } = parts(el);
    el.classList.toggle('weft-textfield--multiline', field.tagName === 'TEXTAREA');
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'value':
          setValue(field, text(value));
          break;
        case 'label':
          label.textContent = text(value);
          label.hidden = label.textContent === '';
          el.classList.toggle('weft-textfield--labelled', !label.hidden);
          if (label.hidden) field.removeAttribute('aria-labelledby');
          else field.setAttribute('aria-labelledby', label.id);
          break;
        case 'hint':
          if (value === null || value === undefined) field.removeAttribute('placeholder');
          else field.placeholder = String(value);
          break;
        case 'helper':
        case 'errorText':
          updateSupport(el, props);
          break;
        case 'password':
        case 'keyboard':
          updateType(field, props);
          break;
        case 'maxLength':
          if (Number.isInteger(value) && value >= 0) field.maxLength = value;
          else field.removeAttribute('maxlength');
          break;
        case 'readOnly':
          field.readOnly = value === true;
          break;
        case 'prefix':
          prefix.textContent = text(value);
          prefix.hidden = prefix.textContent === '';
          break;
        case 'suffix':
          suffix.textContent = text(value);
          suffix.hidden = suffix.textContent === '';
          break;
        case 'disabled':
          field.disabled = value === true;
          break;
        default:
          break;
      }
    }
    if (field.tagName === 'TEXTAREA' && ('multiline' in delta || 'minLines' in delta)) {
      const lines = Number.isInteger(props.minLines) && props.minLines > 0 ? props.minLines : 1;
      field.rows = lines;
      field.style.minHeight = `${lines * LINE_HEIGHT}px`;
    }
    if ('label' in delta || 'hint' in delta) updateName(field, props);
    markFilled(field);
  },

  setDisabled(el, disabled) {
    parts(el).field.disabled = disabled;
  },
};
