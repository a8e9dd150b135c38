// `textField`: a Material outlined text field. The control's element is a <label> wrapping a real
// <input> (a <textarea> when `multiline`), so a click anywhere focuses the field, and the input is
// named by the label text (aria-labelledby) and described by the helper or error text.
//
//   <label class="weft-textfield" data-weft-id="7">
//     <span class="weft-textfield-box">
//       <span class="weft-textfield-label" id="weft-7-label">Name</span>
//       <svg prefixIcon/> <span class="weft-textfield-prefix"></span> <input id="weft-7-input">
//       <span class="weft-textfield-suffix"></span> <svg suffixIcon/> <button reveal/>
//     </span>
//     <span class="weft-textfield-footer">
//       <span class="weft-textfield-support" id="weft-7-support"></span> <span class="weft-textfield-counter"></span>
//     </span>
//   </label>
//
// `inputFilter` is enforced here as the user types: an edit that breaks it is undone (the text and
// caret go back) before anything is sent; the server checks it again. A password field with
// `canRevealPassword` gets a toggle button "Show password" (aria-pressed) after the input.

import { claimClicks, wireTextInput } from '../events.js';
import { createIcon } from '../icons.js';

const INPUT_MODES = { number: 'decimal', email: 'email', phone: 'tel', url: 'url' };
const LINE_HEIGHT = 24;

const parts = (el) => ({
  prefixIcon: el.querySelector('.weft-textfield-prefix-icon'),
  suffixIcon: el.querySelector('.weft-textfield-suffix-icon'),
  reveal: el.querySelector('.weft-textfield-reveal'),
  counter: el.querySelector('.weft-textfield-counter'),
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
  guardFilter(field, ctx);
  field.addEventListener('input', () => {
    markFilled(field);
    updateCounter(field.closest('.weft-textfield'), ctx.node.props);
  });
  wireTextInput(field, ctx);
  return field;
}

/** The filter's test as a function of the value, or null for no filter. */
function filterTest(props) {
  const f = props.inputFilter;
  if (!f || typeof f.regex !== 'string') return null;
  try {
    const whole = new RegExp(`^(?:${f.regex})$`, 'u');
    const part = new RegExp(f.regex, 'u');
    return f.allow === false ? (v) => !part.test(v) : (v) => whole.test(v);
  } catch {
    console.warn(`weft: input filter ${f.regex} is not a JavaScript regular expression; not enforced here`);
    return null;
  }
}

/**
 * Undoes an edit that breaks the input filter, before the listeners that send it run (this one
 * is added first and stops the others for a refused edit).
 */
function guardFilter(field, ctx) {
  let good = { value: field.value, start: 0, end: 0 };
  const remember = () => {
    good = { value: field.value, start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
  };
  field.addEventListener('keydown', remember);
  field.addEventListener('focus', remember);
  field.addEventListener('input', (event) => {
    const test = filterTest(ctx.node.props);
    if (!test || test(field.value)) {
      remember();
      return;
    }
    event.stopImmediatePropagation();
    field.value = test(good.value) ? good.value : '';
    field.setSelectionRange(good.start, good.end);
    field.closest('.weft-textfield')?.classList.add('weft-textfield--refused');
    setTimeout(() => field.closest('.weft-textfield')?.classList.remove('weft-textfield--refused'), 400);
  });
}

/** Flet's counter placeholders, or "length / max" when only maxLength is set. */
function updateCounter(el, props) {
  const counter = el && parts(el).counter;
  if (!counter) return;
  const length = [...parts(el).field.value].length;
  const max = Number.isInteger(props.maxLength) ? props.maxLength : null;
  let shown = '';
  if (typeof props.counterText === 'string') {
    shown = props.counterText.replaceAll('{value_length}', String(length))
      .replaceAll('{max_length}', max === null ? '' : String(max))
      .replaceAll('{symbols_left}', max === null ? '' : String(Math.max(0, max - length)));
  } else if (max !== null) {
    shown = `${length} / ${max}`;
  }
  counter.textContent = shown;
  counter.hidden = shown === '';
  updateFooter(el);
}

function updateFooter(el) {
  const { support, counter } = parts(el);
  support.parentElement.hidden = support.hidden && counter.hidden;
}

function setIcon(slot, name) {
  slot.replaceChildren();
  const icon = createIcon(name, 'weft-icon');
  if (icon) slot.append(icon);
  slot.hidden = icon === null;
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
  updateFooter(el);
  el.classList.toggle('weft-textfield--error', error !== '');
  if (error) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

function updateType(el, field, props) {
  const { reveal } = parts(el);
  const canReveal = props.password === true && props.canRevealPassword === true && field.tagName === 'INPUT';
  reveal.hidden = !canReveal;
  if (!canReveal) reveal.setAttribute('aria-pressed', 'false');
  const revealed = canReveal && reveal.getAttribute('aria-pressed') === 'true';
  reveal.replaceChildren(createIcon(revealed ? 'visibility_off' : 'visibility', 'weft-icon'));
  if (field.tagName !== 'INPUT') return;
  field.type = props.password === true && !revealed ? 'password' : 'text';
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
    const prefixIcon = span('weft-textfield-prefix-icon');
    const suffixIcon = span('weft-textfield-suffix-icon');
    prefix.hidden = suffix.hidden = prefixIcon.hidden = suffixIcon.hidden = true;
    const reveal = document.createElement('button');
    reveal.type = 'button';
    reveal.className = 'weft-textfield-reveal';
    reveal.setAttribute('aria-label', 'Show password');
    reveal.setAttribute('aria-pressed', 'false');
    reveal.hidden = true;
    reveal.addEventListener('click', (event) => {
      event.preventDefault(); // a button in a <label>: do not pass the click on to the input
      reveal.setAttribute('aria-pressed', String(reveal.getAttribute('aria-pressed') !== 'true'));
      const { field } = parts(el);
      const { selectionStart, selectionEnd } = field;
      updateType(el, field, ctx.node.props);
      field.setSelectionRange(selectionStart, selectionEnd);
    });
    box.append(prefixIcon, label, prefix, createField(props.multiline === true, ctx), suffix, suffixIcon, reveal);
    const support = span('weft-textfield-support', `weft-${ctx.id}-support`);
    support.hidden = true;
    const counter = span('weft-textfield-counter');
    counter.hidden = true;
    counter.setAttribute('aria-hidden', 'true'); // the input's maxlength already says it
    const footer = span('weft-textfield-footer');
    footer.hidden = true;
    footer.append(support, counter);
    el.append(box, footer);
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
    const { label, prefix, suffix, prefixIcon, suffixIcon, field } = parts(el);
    el.classList.toggle('weft-textfield--multiline', field.tagName === 'TEXTAREA');
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'value':
          setValue(field, text(value));
          updateCounter(el, props);
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
        case 'canRevealPassword':
          updateType(el, field, props);
          break;
        case 'maxLength':
          if (Number.isInteger(value) && value >= 0) field.maxLength = value;
          else field.removeAttribute('maxlength');
          updateCounter(el, props);
          break;
        case 'counterText':
          updateCounter(el, props);
          break;
        case 'prefixIcon':
          setIcon(prefixIcon, value);
          el.classList.toggle('weft-textfield--prefix-icon', !prefixIcon.hidden);
          break;
        case 'suffixIcon':
          setIcon(suffixIcon, value);
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
    if (field.tagName === 'TEXTAREA' && ('multiline' in delta || 'minLines' in delta || 'maxLines' in delta)) {
      const lines = Number.isInteger(props.minLines) && props.minLines > 0 ? props.minLines : 1;
      field.rows = lines;
      field.style.minHeight = `${lines * LINE_HEIGHT}px`;
      const most = Number.isInteger(props.maxLines) && props.maxLines >= lines ? props.maxLines : null;
      field.style.maxHeight = most === null ? '' : `${most * LINE_HEIGHT}px`;
      field.style.overflowY = most === null ? '' : 'auto';
    }
    if ('label' in delta || 'hint' in delta) updateName(field, props);
    markFilled(field);
  },

  setDisabled(el, disabled) {
    parts(el).field.disabled = disabled;
  },
};
