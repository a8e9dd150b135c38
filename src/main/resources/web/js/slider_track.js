// What `slider` and `rangeSlider` share: the native <input type="range"> set up from the props
// (so the browser gives role=slider, aria-valuenow and the keys: arrows, PageUp/PageDown, Home,
// End), the value indicator's text, and the pacing of `change` while a thumb is dragged.
//
// Pacing: an `input` event comes with every pixel of a drag; sending each would flood the session
// with events it handles one at a time. While dragging, `change` goes out at most every
// CHANGE_INTERVAL_MS, the last position always last; the DOM's own `change` (the thumb let go,
// or a key press) sends the final value (always, so the server's copy is current) and then
// `changeEnd`.

import { listensTo } from './events.js';

export const CHANGE_INTERVAL_MS = 100;

const num = (value, fallback) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** min, max and step of a slider's props (Flet's defaults: 0 to 1, continuous). */
export function scale(props) {
  const min = num(props.min, 0);
  const max = num(props.max, 1);
  const divisions = Number.isInteger(props.divisions) && props.divisions > 0 ? props.divisions : null;
  return { min, max, divisions, step: divisions ? (max - min) / divisions : 'any' };
}

/** The value as the label shows it: `round` decimals. */
export function formatValue(value, props) {
  const round = Number.isInteger(props.round) && props.round >= 0 ? props.round : 0;
  return Number(value).toFixed(round);
}

/** The indicator's text: the label with `{value}` replaced, or the value alone. */
export function valueText(value, props) {
  const shown = formatValue(value, props);
  return typeof props.label === 'string' && props.label !== '' ? props.label.replaceAll('{value}', shown) : shown;
}

/** Where `value` lies on the track, 0 to 1. */
export function fraction(value, { min, max }) {
  return max === min ? 0 : Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** A native range input (its name and values are set by configure). */
export function createRange(className) {
  const input = document.createElement('input');
  input.type = 'range';
  input.className = className;
  return input;
}

export function configure(input, props) {
  const { min, max, step } = scale(props);
  input.min = String(min);
  input.max = String(max);
  input.step = String(step);
}

/** Sets the input's value and its aria-valuetext. */
export function showValue(input, value, props) {
  input.value = String(value);
  input.setAttribute('aria-valuetext', valueText(Number(input.value), props));
}

/** Tick marks for a slider with divisions (decorative), in `ticks`. */
export function drawTicks(ticks, props) {
  const { divisions } = scale(props);
  const marks = [];
  if (divisions && divisions <= 100) {
    for (let i = 0; i <= divisions; i++) {
      const tick = document.createElement('span');
      tick.className = 'weft-slider-tick';
      tick.style.setProperty('--weft-at', String(i / divisions));
      marks.push(tick);
    }
  }
  ticks.replaceChildren(...marks);
}

/**
 * Wires a slider's inputs: `data()` is what `change` carries (a number, or "[start, end]" as JSON: event data is a scalar);
 * `onInput()` runs first on every movement (to redraw).
 */
export function wirePacing(inputs, ctx, data, onInput) {
  let lastSent = 0;
  let timer = null;
  let sent = null;
  const send = (always) => {
    clearTimeout(timer);
    timer = null;
    const value = data();
    if (JSON.stringify(value) === JSON.stringify(sent)) return;
    if (ctx.emit('change', value, always)) {
      sent = value;
      lastSent = performance.now();
    }
  };
  for (const input of inputs) {
    input.addEventListener('input', () => {
      onInput();
      if (!listensTo(ctx.node.props, 'change')) return;
      const wait = lastSent + CHANGE_INTERVAL_MS - performance.now();
      if (wait <= 0) send(false);
      else if (timer === null) timer = setTimeout(() => send(false), wait);
    });
    input.addEventListener('change', () => {
      send(true);
      ctx.emit('changeEnd', data());
    });
    input.addEventListener('focus', () => ctx.emit('focus', null));
    input.addEventListener('blur', () => ctx.emit('blur', null));
  }
  // the server's value moved the thumb: what was sent no longer matters
  return () => {
    sent = data();
  };
}
