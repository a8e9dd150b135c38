// `timePicker`: Material 3's time picker in its input mode, on a <dialog> (pickerDialog.js):
//
//   <dialog class="weft-picker weft-time-picker" aria-modal="true" aria-labelledby="…-help">
//     <div class="weft-picker-help">Enter time</div>
//     <div class="weft-time-picker-inputs">
//       <label class="weft-time-picker-field"><input role="spinbutton" aria-valuenow="9" …>
//         <span>Hour</span></label>
//       <span class="weft-time-picker-separator">:</span>
//       <label class="weft-time-picker-field"><input role="spinbutton" …><span>Minute</span></label>
//       <div class="weft-time-picker-period" role="group" aria-label="AM or PM">   (12-hour only)
//         <button aria-pressed="true">AM</button><button aria-pressed="false">PM</button></div>
//     </div>
//     <div class="weft-time-picker-error" role="alert"></div>
//     <div class="weft-picker-actions">Cancel OK</div>
//   </dialog>
//
// The fields take digits; ArrowUp/ArrowDown step by one (wrapping: 59 → 00), PageUp/PageDown by
// five, Home/End go to the first and last value; Enter confirms, as OK does. A field left empty or
// out of range blocks OK: it is marked invalid and an error says so. 12 or 24 hours follow
// `hourFormat` ("h12", "h24"), else the browser locale's hour cycle. The value goes to the server
// as HH:mm, 24-hour.

import { applyOpen, applyTexts, confirmPicker, createPickerDialog, insertContent } from './pickerDialog.js';

const states = new WeakMap(); // dialog -> { ctx, value: minutes of the day or null, pm }

function parseValue(text) {
  const m = typeof text === 'string' ? /^(\d{2}):(\d{2})$/.exec(text) : null;
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return +m[1] * 60 + +m[2];
}

function localeUses12Hours() {
  const cycle = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

const uses12Hours = (props) => (props.hourFormat === 'h12' ? true
  : props.hourFormat === 'h24' ? false : localeUses12Hours());

/** The locale's names for the morning and afternoon periods, e.g. AM and PM. */
function periodNames() {
  const f = new Intl.DateTimeFormat(undefined, { hour: 'numeric', hour12: true, timeZone: 'UTC' });
  const name = (hour) => f.formatToParts(new Date(Date.UTC(2000, 0, 1, hour)))
    .find((p) => p.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM');
  return [name(9), name(21)];
}

const pad = (n) => String(n).padStart(2, '0');

function field(ctx, kind, label) {
  const wrap = document.createElement('label');
  wrap.className = `weft-time-picker-field weft-time-picker-${kind}`;
  const input = document.createElement('input');
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.maxLength = 2;
  input.className = 'weft-time-picker-input';
  input.setAttribute('role', 'spinbutton');
  const caption = document.createElement('span');
  caption.className = 'weft-time-picker-label';
  caption.id = `weft-${ctx.id}-${kind}`;
  caption.textContent = label;
  input.setAttribute('aria-labelledby', caption.id);
  wrap.append(input, caption);
  return wrap;
}

function build(dialog, ctx) {
  const inputs = document.createElement('div');
  inputs.className = 'weft-time-picker-inputs';
  const hour = field(ctx, 'hour', 'Hour');
  const minute = field(ctx, 'minute', 'Minute');
  hour.querySelector('input').setAttribute('data-weft-autofocus', '');
  const separator = document.createElement('span');
  separator.className = 'weft-time-picker-separator';
  separator.setAttribute('aria-hidden', 'true');
  separator.textContent = ':';
  const period = document.createElement('div');
  period.className = 'weft-time-picker-period';
  period.setAttribute('role', 'group');
  for (const pm of [false, true]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'weft-time-picker-period-button';
    button.dataset.pm = String(pm);
    button.addEventListener('click', () => setPeriod(dialog, pm));
    period.append(button);
  }
  inputs.append(hour, separator, minute, period);
  const error = document.createElement('div');
  error.className = 'weft-time-picker-error';
  error.setAttribute('role', 'alert');
  insertContent(dialog, inputs, error);

  for (const input of dialog.querySelectorAll('.weft-time-picker-input')) {
    input.addEventListener('input', () => {
      const digits = input.value.replace(/\D/g, '').slice(0, 2);
      if (digits !== input.value) input.value = digits;
      syncAria(dialog, input);
    });
    input.addEventListener('blur', () => {
      const n = readField(dialog, input);
      if (n !== null) input.value = pad(n);
    });
    input.addEventListener('keydown', (event) => onFieldKey(dialog, input, event));
  }
}

/** The bounds of a field in the current format. */
function bounds(dialog, input) {
  if (input.closest('.weft-time-picker-minute')) return [0, 59];
  return dialog.classList.contains('weft-time-picker--12h') ? [1, 12] : [0, 23];
}

/** The field's number, or null when empty or out of range. */
function readField(dialog, input) {
  if (!/^\d{1,2}$/.test(input.value)) return null;
  const n = Number(input.value);
  const [min, max] = bounds(dialog, input);
  return n >= min && n <= max ? n : null;
}

function syncAria(dialog, input) {
  const [min, max] = bounds(dialog, input);
  input.setAttribute('aria-valuemin', String(min));
  input.setAttribute('aria-valuemax', String(max));
  const n = readField(dialog, input);
  if (n === null) input.removeAttribute('aria-valuenow');
  else input.setAttribute('aria-valuenow', String(n));
  if (n !== null && input.getAttribute('aria-invalid') === 'true') {
    input.removeAttribute('aria-invalid');
    if (!dialog.querySelector('[aria-invalid="true"]')) dialog.querySelector('.weft-time-picker-error').textContent = '';
  }
}

function onFieldKey(dialog, input, event) {
  const [min, max] = bounds(dialog, input);
  const span = max - min + 1;
  const current = readField(dialog, input);
  const step = { ArrowUp: 1, ArrowDown: -1, PageUp: 5, PageDown: -5 }[event.key];
  let next = null;
  if (step !== undefined) {
    next = current === null ? (step > 0 ? min : max) : min + ((((current - min + step) % span) + span) % span);
  } else if (event.key === 'Home') next = min;
  else if (event.key === 'End') next = max;
  else if (event.key === 'Enter') {
    event.preventDefault();
    confirmPicker(dialog, states.get(dialog).ctx, () => confirmValue(dialog));
    return;
  } else return;
  event.preventDefault();
  input.value = pad(next);
  syncAria(dialog, input);
  input.select();
}

function setPeriod(dialog, pm) {
  states.get(dialog).pm = pm;
  for (const button of dialog.querySelectorAll('.weft-time-picker-period-button')) {
    button.setAttribute('aria-pressed', String(button.dataset.pm === String(pm)));
  }
}

/** OK or Enter: HH:mm, or null (marking the bad fields) when a field holds no valid number. */
function confirmValue(dialog) {
  const s = states.get(dialog);
  const [hourInput, minuteInput] = dialog.querySelectorAll('.weft-time-picker-input');
  const hour = readField(dialog, hourInput);
  const minute = readField(dialog, minuteInput);
  for (const [input, n] of [[hourInput, hour], [minuteInput, minute]]) {
    if (n === null) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  if (hour === null || minute === null) {
    dialog.querySelector('.weft-time-picker-error').textContent = 'Enter a valid time';
    (hour === null ? hourInput : minuteInput).focus();
    return null;
  }
  const hours24 = dialog.classList.contains('weft-time-picker--12h') ? (hour % 12) + (s.pm ? 12 : 0) : hour;
  s.value = hours24 * 60 + minute;
  return `${pad(hours24)}:${pad(minute)}`;
}

/** Fills the fields from the server's value: called at each opening. */
function reset(dialog) {
  const s = states.get(dialog);
  const props = s.ctx.node.props;
  const twelve = uses12Hours(props);
  dialog.classList.toggle('weft-time-picker--12h', twelve);
  applyTexts(dialog, props, 'Enter time');
  const [am, pm] = periodNames();
  const period = dialog.querySelector('.weft-time-picker-period');
  period.hidden = !twelve;
  period.setAttribute('aria-label', `${am} or ${pm}`);
  period.children[0].textContent = am;
  period.children[1].textContent = pm;
  const [hourInput, minuteInput] = dialog.querySelectorAll('.weft-time-picker-input');
  const value = s.value;
  if (value === null) {
    hourInput.value = '';
    minuteInput.value = '';
  } else {
    const h = Math.floor(value / 60);
    hourInput.value = pad(twelve ? (h % 12 === 0 ? 12 : h % 12) : h);
    minuteInput.value = pad(value % 60);
  }
  setPeriod(dialog, value !== null && value >= 12 * 60);
  for (const input of [hourInput, minuteInput]) {
    input.removeAttribute('aria-invalid');
    syncAria(dialog, input);
  }
  dialog.querySelector('.weft-time-picker-error').textContent = '';
}

export default {
  create(props, ctx) {
    const dialog = createPickerDialog(ctx, 'weft-time-picker', () => confirmValue(dialog));
    states.set(dialog, { ctx, value: null, pm: false });
    build(dialog, ctx);
    this.update(dialog, props, ctx);
    return dialog;
  },

  update(dialog, delta, ctx) {
    const s = states.get(dialog);
    if ('value' in delta) s.value = parseValue(delta.value);
    if (delta.open === true && !dialog.open) {
      applyOpen(dialog, true, () => reset(dialog));
      return;
    }
    if (dialog.open && ('value' in delta || 'hourFormat' in delta)) reset(dialog);
    else if (dialog.open) applyTexts(dialog, ctx.node.props, 'Enter time');
    if ('open' in delta && delta.open !== true) applyOpen(dialog, false);
  },
};
