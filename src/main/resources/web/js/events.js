// From DOM events to protocol `event` messages. A control's `events` property lists what the
// server listens to; the client sends only those, and nothing for a disabled control (or one inside
// a disabled control). Renderers wire their elements with the helpers below, so what each DOM event
// means on the wire is decided here:
//   click  -> data null
//   change -> the new value: a string (textField, dropdown) or a boolean (checkbox, switch)
//   submit -> Enter in a single-line textField, data = the field's value
//   focus  -> data null;  blur -> null, or the field's value for a textField
// `change` of a value control (textField, checkbox, switch, dropdown) is also sent when the server
// does not listen to it, so the server's copy of the value is current before the next click: a
// textField sends every edit when `change` is listened to, else each committed edit (Enter or
// leaving the field, the DOM's own `change`).

/** Clicks already taken by an inner control, so an outer clickable container does not fire too. */
const claimedClicks = new WeakSet();

export class Events {
  /** @param {(target: number, name: string, data: any) => void} send */
  constructor(send) {
    this.send = send;
  }

  /**
   * Sends event `name` of `node` if the server listens to it (or `always`, for value sync);
   * true when sent.
   */
  emit(node, name, data = null, always = false) {
    const events = node.props.events;
    if (!always && (!Array.isArray(events) || !events.includes(name))) return false;
    if (!node.el.isConnected || isDisabled(node)) return false; // removed, or disabled
    this.send(node.id, name, data);
    return true;
  }
}

/** A control is disabled when it, or any control around it, has `disabled: true`. */
export function isDisabled(node) {
  return node.props.disabled === true || node.el.closest('.weft-disabled') !== null;
}

/** Whether `ctx`'s control listens to `name` (for renderers that look different when it does). */
export const listensTo = (props, name) => Array.isArray(props.events) && props.events.includes(name);

/** A button-like control: every click on it is its own (sent when listened to). */
export function wireClick(el, ctx) {
  el.addEventListener('click', (event) => {
    if (claimedClicks.has(event)) return;
    claimedClicks.add(event);
    ctx.emit('click', null);
  });
}

/**
 * A clickable container: it takes the clicks its children did not take, and answers Enter and
 * Space like a button when it has the focus itself.
 */
export function wireContainerClick(el, ctx) {
  el.addEventListener('click', (event) => {
    if (claimedClicks.has(event)) return;
    if (ctx.emit('click', null)) claimedClicks.add(event);
  });
  el.addEventListener('keydown', (event) => {
    if (event.target !== el || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (!listensTo(ctx.node.props, 'click')) return;
    event.preventDefault();
    ctx.emit('click', null);
  });
}

/**
 * Makes a clickable container a button (role, Tab stop, the clickable look) while it listens to
 * clicks and is enabled, and a plain element otherwise; `props` are the control's current ones.
 */
export function updateClickable(el, props) {
  const clickable = listensTo(props, 'click') && props.disabled !== true;
  el.classList.toggle('weft-clickable', clickable);
  if (clickable) {
    el.setAttribute('role', 'button');
    el.tabIndex = 0;
  } else {
    el.removeAttribute('role');
    el.removeAttribute('tabindex');
  }
}

/** Form controls keep their clicks (a click on a checkbox is not a click on its container). */
export function claimClicks(el) {
  el.addEventListener('click', (event) => claimedClicks.add(event));
}

/** focus and blur; `blurData` gives blur's data (null when absent). */
export function wireFocus(target, ctx, blurData = () => null) {
  target.addEventListener('focus', () => ctx.emit('focus', null));
  target.addEventListener('blur', () => {
    if (target.isConnected) ctx.emit('blur', blurData()); // not for an element being replaced
  });
}

/**
 * A text field: change on every edit when the server listens to it, else on each committed edit
 * (so the server's value is current); submit on Enter in a single-line field.
 */
export function wireTextInput(input, ctx) {
  input.addEventListener('input', () => ctx.emit('change', input.value));
  input.addEventListener('change', () => {
    if (!listensTo(ctx.node.props, 'change')) ctx.emit('change', input.value, true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing || input.tagName !== 'INPUT') return;
    ctx.emit('submit', input.value);
  });
  wireFocus(input, ctx, () => input.value);
}

/** A checkbox or switch: change with the new boolean, always (value sync). */
export function wireToggle(input, ctx) {
  input.addEventListener('change', () => ctx.emit('change', input.checked, true));
  wireFocus(input, ctx);
}

/** A dropdown: change with the chosen option's key, always (value sync). */
export function wireSelect(select, ctx) {
  select.addEventListener('change', () => ctx.emit('change', select.value, true));
  wireFocus(select, ctx);
}
