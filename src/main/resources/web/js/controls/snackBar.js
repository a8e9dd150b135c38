// `snackBar`: a brief message at the bottom centre, not modal. The element is a polite live
// region (role status) that stays in the document while closed and empty-looking, so opening the
// bar (its inner box unhidden) is announced: a live region must exist before its content changes.
// One snack bar shows at a time: opening one closes the one showing, which sends `dismiss`. It
// closes itself after `duration` ms (sending `dismiss`, so the server's `open` follows); the time
// stops while the pointer is over it or the focus is in it. The action button sends `action` and
// closes it; the close icon dismisses it. Focus inside when it closes goes back where it came from.

import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';

const DEFAULT_DURATION = 4000;
const states = new WeakMap(); // el -> { ctx, timer, remaining, startedAt, hover, focus, returnTo }
let showing = null; // the snack bar element on screen

const box = (el) => el.firstElementChild;

function pause(s) {
  if (s.timer === null) return;
  clearTimeout(s.timer);
  s.timer = null;
  s.remaining = Math.max(0, s.remaining - (performance.now() - s.startedAt));
}

function resume(el, s) {
  if (s.timer !== null || s.hover || s.focus || box(el).hidden) return;
  s.startedAt = performance.now();
  s.timer = setTimeout(() => hide(el, true), s.remaining);
}

function show(el) {
  const s = states.get(el);
  if (showing && showing !== el) hide(showing, true); // the newer message replaces it
  showing = el;
  box(el).hidden = false;
  pause(s);
  const duration = s.ctx.node.props.duration;
  s.remaining = Number.isInteger(duration) && duration > 0 ? duration : DEFAULT_DURATION;
  resume(el, s);
}

/** Closes the bar; `dismissed`: the browser closed it by itself, so the server is told. */
function hide(el, dismissed) {
  const s = states.get(el);
  if (showing === el) showing = null;
  pause(s);
  if (box(el).hidden) return;
  const hadFocus = el.contains(document.activeElement);
  box(el).hidden = true;
  s.hover = false;
  s.focus = false;
  if (hadFocus && s.returnTo?.isConnected) s.returnTo.focus({ focusVisible: true });
  s.returnTo = null;
  if (dismissed) s.ctx.emit('dismiss', null, true);
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-snackbar-slot';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    const bar = document.createElement('div');
    bar.className = 'weft-snackbar';
    bar.hidden = true;
    const message = document.createElement('div');
    message.className = 'weft-snackbar-message';
    const text = document.createElement('span');
    text.className = 'weft-snackbar-text';
    const content = document.createElement('div');
    content.className = 'weft-snackbar-content';
    message.append(text, content);
    const action = document.createElement('button');
    action.type = 'button';
    action.className = 'weft-snackbar-action';
    action.hidden = true;
    action.addEventListener('click', () => {
      hide(el, false);
      ctx.emit('action', null, true); // the server closes it too
    });
    addRipple(action);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'weft-icon-button weft-snackbar-close';
    close.setAttribute('aria-label', 'Close');
    close.title = 'Close';
    close.append(createIcon('close'));
    close.hidden = true;
    close.addEventListener('click', () => hide(el, true));
    addRipple(close);
    bar.append(message, action, close);
    el.append(bar);

    const s = { ctx, timer: null, remaining: 0, startedAt: 0, hover: false, focus: false, returnTo: null };
    states.set(el, s);
    bar.addEventListener('pointerenter', () => { s.hover = true; pause(s); });
    bar.addEventListener('pointerleave', () => { s.hover = false; resume(el, s); });
    bar.addEventListener('focusin', (e) => {
      if (!s.focus && e.relatedTarget && !el.contains(e.relatedTarget)) s.returnTo = e.relatedTarget;
      s.focus = true;
      pause(s);
    });
    bar.addEventListener('focusout', (e) => {
      if (el.contains(e.relatedTarget)) return;
      s.focus = false;
      resume(el, s);
    });
    this.update(el, { ...props, open: null }, ctx);
    // Opened as it is created: show it a moment later, once the live region is known to assistive
    // technology, so the message is announced.
    if (props.open === true) setTimeout(() => { if (el.isConnected && ctx.node.props.open === true) show(el); }, 100);
    return el;
  },

  update(el, delta, ctx) {
    const bar = box(el);
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'text':
          bar.querySelector('.weft-snackbar-text').textContent = typeof value === 'string' ? value : '';
          break;
        case 'action': {
          const action = bar.querySelector('.weft-snackbar-action');
          action.textContent = typeof value === 'string' ? value : '';
          action.hidden = action.textContent === '';
          break;
        }
        case 'showCloseIcon':
          bar.querySelector('.weft-snackbar-close').hidden = value !== true;
          break;
        case 'open':
          if (value === true) show(el);
          else hide(el, false);
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.querySelector('.weft-snackbar-content');
  },
};
