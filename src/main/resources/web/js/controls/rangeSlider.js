// `rangeSlider`: two native range inputs laid over one drawn track; each is a role=slider with its
// own keys, named "<semanticsLabel> start" and "… end". Only the thumbs take the pointer (so each
// input can be grabbed where its thumb is); the browser keeps start at or below end.
//
//   <div class="weft-slider weft-range-slider" style="--weft-from: 0.2; --weft-to: 0.8">
//     <span class="weft-slider-track">…</span>
//     <input type="range" class="weft-slider-input" aria-label="Price start">
//     <input type="range" class="weft-slider-input" aria-label="Price end">
//     <span class="weft-slider-indicator"></span><span class="weft-slider-indicator"></span>
//   </div>

import { claimClicks } from '../events.js';
import {
  configure, createRange, drawTicks, fraction, scale, showValue, valueText, wirePacing,
} from '../slider_track.js';
import { createIndicator, createTrack, placeIndicator } from './slider.js';

const inputs = (el) => el.querySelectorAll('input');

function redraw(el) {
  const props = el.weftProps;
  const [start, end] = inputs(el);
  const [startIndicator, endIndicator] = el.querySelectorAll('.weft-slider-indicator');
  const s = scale(props);
  const from = fraction(Number(start.value), s);
  const to = fraction(Number(end.value), s);
  el.style.setProperty('--weft-from', String(from));
  el.style.setProperty('--weft-to', String(to));
  for (const [input, indicator, at] of [[start, startIndicator, from], [end, endIndicator, to]]) {
    const text = valueText(Number(input.value), props);
    input.setAttribute('aria-valuetext', text);
    placeIndicator(indicator, at, text);
  }
}

/** Keeps the thumbs from crossing: the one moved stops at the other. */
function keepOrder(el, moved) {
  const [start, end] = inputs(el);
  if (Number(start.value) <= Number(end.value)) return;
  if (moved === start) start.value = end.value;
  else end.value = start.value;
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-slider weft-range-slider weft-fill';
    createTrack(el);
    const start = createRange('weft-slider-input weft-slider-start');
    const end = createRange('weft-slider-input weft-slider-end');
    el.append(start, end, createIndicator(), createIndicator());
    for (const input of [start, end]) input.addEventListener('input', () => keepOrder(el, input));
    claimClicks(el);
    el.weftResync = wirePacing([start, end], ctx, () => JSON.stringify([Number(start.value), Number(end.value)]), () => redraw(el));
    // every property once, defaults included (the delta of a create holds only the set ones)
    this.update(el, { min: null, max: null, divisions: null, startValue: null, semanticsLabel: null, ...props }, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    el.weftProps = props;
    const [start, end] = inputs(el);
    if ('min' in delta || 'max' in delta || 'divisions' in delta) {
      configure(start, props);
      configure(end, props);
      drawTicks(el.querySelector('.weft-slider-ticks'), props);
    }
    if ('semanticsLabel' in delta) {
      const name = typeof props.semanticsLabel === 'string' ? props.semanticsLabel : 'Range';
      start.setAttribute('aria-label', `${name} start`);
      end.setAttribute('aria-label', `${name} end`);
    }
    if (['startValue', 'endValue', 'min', 'max', 'divisions'].some((name) => name in delta)) {
      const s = scale(props);
      showValue(start, typeof props.startValue === 'number' ? props.startValue : s.min, props);
      showValue(end, typeof props.endValue === 'number' ? props.endValue : s.max, props);
      el.weftResync();
    }
    redraw(el);
  },

  setDisabled(el, disabled) {
    for (const input of inputs(el)) input.disabled = disabled;
  },
};
