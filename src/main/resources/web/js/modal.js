// What every modal overlay (alert dialog, bottom sheet, navigation drawer, date and time pickers)
// shares, on the browser's own <dialog>: showModal() puts it in the top layer and makes the rest
// of the page inert, so screen readers and clicks stay inside. On top of that:
//   - focus moves in: to the first element marked [data-weft-autofocus], else the first focusable
//     element inside, else the dialog itself;
//   - Tab and Shift+Tab wrap inside the dialog (the browser would leave for its own UI);
//   - Escape, and a click on the scrim (outside the dialog's box), dismiss it when `dismissible`,
//     and do nothing otherwise; a dismissal closes it at once and calls `onDismiss` (which tells
//     the server);
//   - a press on the scrim or the dialog's padding leaves the focus where it is;
//   - on close, focus returns to the element that had it when the dialog opened.

import { focusTarget } from './focus.js';

const state = new WeakMap(); // dialog -> { dismissible, onDismiss, returnTo }

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), '
  + 'textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"]), a[href]';

function focusables(dialog) {
  return [...dialog.querySelectorAll(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

function onKeydown(e) {
  const dialog = e.currentTarget;
  if (e.key !== 'Tab') return;
  const all = focusables(dialog);
  if (all.length === 0) {
    e.preventDefault();
    return;
  }
  const first = all[0];
  const last = all[all.length - 1];
  if (e.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function onCancel(e) {
  // Escape: the browser would close the dialog; we decide.
  e.preventDefault();
  dismiss(e.currentTarget);
}

function onClick(e) {
  const dialog = e.currentTarget;
  if (e.target !== dialog) return; // inside the content
  const box = dialog.getBoundingClientRect();
  const inside = e.clientX >= box.left && e.clientX <= box.right
    && e.clientY >= box.top && e.clientY <= box.bottom;
  if (!inside || dialog.classList.contains('weft-modal--full-scrim')) dismiss(dialog);
}

function onMousedown(e) {
  // A press on the scrim or the dialog's own padding would move the focus to the page's body,
  // out of the dialog (a modal one stays open): keep it where it is.
  if (e.target === e.currentTarget) e.preventDefault();
}

function dismiss(dialog) {
  const s = state.get(dialog);
  if (!s || !s.dismissible) return;
  closeModal(dialog);
  s.onDismiss();
}

/**
 * Wires `dialog` (a <dialog> element) once, at creation.
 * @param {HTMLDialogElement} dialog
 * @param {() => void} onDismiss called after a user's dismissal closed it
 */
export function wireModal(dialog, onDismiss) {
  state.set(dialog, { dismissible: true, onDismiss, returnTo: null });
  dialog.addEventListener('keydown', onKeydown);
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('click', onClick);
  dialog.addEventListener('mousedown', onMousedown);
}

/** Whether Escape and the scrim close the dialog. */
export function setDismissible(dialog, dismissible) {
  const s = state.get(dialog);
  if (s) s.dismissible = dismissible !== false;
}

/** Shows `dialog` modally and moves the focus in; nothing when it shows already. */
export function openModal(dialog) {
  if (dialog.open) return;
  const s = state.get(dialog);
  if (s) s.returnTo = document.activeElement;
  if (!dialog.isConnected) {
    // Not in the document yet (being created): open once it is.
    queueMicrotask(() => { if (dialog.isConnected && !dialog.open) openModal(dialog); });
    return;
  }
  dialog.showModal();
  const target = dialog.querySelector('[data-weft-autofocus]') ?? focusables(dialog)[0] ?? null;
  if (target) {
    (focusTarget(target) ?? target).focus({ focusVisible: true });
  } else {
    if (!dialog.hasAttribute('tabindex')) dialog.tabIndex = -1;
    dialog.focus();
  }
}

/** Closes `dialog` and gives the focus back; nothing when it is closed. */
export function closeModal(dialog) {
  if (!dialog.open) return;
  dialog.close();
  const s = state.get(dialog);
  const back = s?.returnTo;
  if (s) s.returnTo = null;
  if (back && back.isConnected && typeof back.focus === 'function') back.focus({ focusVisible: true });
}
