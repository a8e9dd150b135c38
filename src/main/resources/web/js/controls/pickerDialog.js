// What the date and time pickers share: a modal <dialog> (modal.js: focus in, Tab wraps, Escape
// and the scrim dismiss, focus returned) named by its help text, with Cancel and OK text buttons
// at the bottom. Cancel and Escape send `dismiss`; OK sends `change` with what `confirm()` returns,
// or nothing when it returns null (no valid value: the dialog stays open). Both events are sent
// without a handler on the server, which keeps the value and the open state.
//
//   <dialog class="weft-picker weft-CLASS" aria-modal="true" aria-labelledby="weft-7-help">
//     <div class="weft-picker-help" id="weft-7-help">Select date</div>
//     … the picker's own content …
//     <div class="weft-picker-actions"><button>Cancel</button><button>OK</button></div>
//   </dialog>

import { closeModal, openModal, wireModal } from '../modal.js';
import { addRipple } from '../ripple.js';

const text = (value, fallback) => (typeof value === 'string' && value !== '' ? value : fallback);

function textButton(className) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `weft-button weft-button--text ${className}`;
  const label = document.createElement('span');
  label.className = 'weft-button-label';
  button.append(label);
  addRipple(button);
  return button;
}

/**
 * A picker's dialog; the caller puts its content between the help text and the actions.
 * @param {object} ctx the renderer's context
 * @param {string} className the picker's own class
 * @param {() => (string|null)} confirm the value OK sends, or null to stay open
 */
export function createPickerDialog(ctx, className, confirm) {
  const dialog = document.createElement('dialog');
  dialog.className = `weft-picker ${className}`;
  dialog.setAttribute('aria-modal', 'true');
  const help = document.createElement('div');
  help.className = 'weft-picker-help';
  help.id = `weft-${ctx.id}-help`;
  dialog.setAttribute('aria-labelledby', help.id);
  const actions = document.createElement('div');
  actions.className = 'weft-picker-actions';
  const cancel = textButton('weft-picker-cancel');
  const ok = textButton('weft-picker-ok');
  actions.append(cancel, ok);
  dialog.append(help, actions);

  wireModal(dialog, () => ctx.emit('dismiss', null, true));
  cancel.addEventListener('click', () => {
    closeModal(dialog);
    ctx.emit('dismiss', null, true);
  });
  ok.addEventListener('click', () => confirmPicker(dialog, ctx, confirm));
  return dialog;
}

/** OK: sends the value and closes, or leaves the dialog open when there is none to send. */
export function confirmPicker(dialog, ctx, confirm) {
  const value = confirm();
  if (value === null) return;
  closeModal(dialog);
  ctx.emit('change', value, true);
}

/** The picker's own content goes here: after the help text, before the actions. */
export function insertContent(dialog, ...elements) {
  dialog.querySelector('.weft-picker-actions').before(...elements);
}

/** Applies the texts the pickers share; `defaultHelp` when `helpText` is not set. */
export function applyTexts(dialog, props, defaultHelp) {
  dialog.querySelector('.weft-picker-help').textContent = text(props.helpText, defaultHelp);
  dialog.querySelector('.weft-picker-cancel .weft-button-label').textContent = text(props.cancelText, 'Cancel');
  dialog.querySelector('.weft-picker-ok .weft-button-label').textContent = text(props.confirmText, 'OK');
}

/** Opens (after `prepare()`, which resets the picker to the server's value) or closes. */
export function applyOpen(dialog, open, prepare) {
  if (open === true) {
    if (dialog.open) return;
    prepare();
    openModal(dialog);
  } else {
    closeModal(dialog);
  }
}
