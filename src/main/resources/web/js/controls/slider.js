// `slider`: a native <input type="range"> (role=slider and its keys come with it) over a drawn
// Material 3 track: inactive track, active part up to the thumb, tick marks for divisions, and a
// value indicator above the thumb while it is dragged or focused.
//
//   <div class="weft-slider" data-weft-id="5" style="--weft-from: 0; --weft-to: 0.4">
//     <span class="weft-slider-track"><span class="weft-slider-active"></span><span class="weft-slider-ticks"/></span>
//     <input type="range" class="weft-slider-input" aria-label="Volume" aria-valuetext="40 %">
//     <span class="weft-slider-indicator" aria-hidden="true">40 %</span>
//   </div>

import { claimClicks } from '../events.js';
import {
  configure, createRange, drawTicks, fraction, scale, showValue, valueText, wirePacing,
} from '../slider_track.js';

/** The track and indicator, shared with rangeSlider. */
export function createTrack(el) {
  const track = document.createElement('span');
  track.className = 'weft-slider-track';
  const active = document.createElement('span');
  active.className = 'weft-slider-active';
  const ticks = document.createElement('span');
  ticks.className = 'weft-slider-ticks';
  track.append(active, ticks);
  el.append(track);
  return ticks;
}

export function createIndicator(className = 'weft-slider-indicator') {
  const indicator = document.createElement('span');
  indicator.className = className;
  indicator.setAttribute('aria-hidden', 'true');
  return indicator;
}

/** Puts an indicator over the point `at` (0 to 1) of the track. */
export function placeIndicator(indicator, at, text) {
  indicator.textContent = text;
  indicator.style.setProperty('--weft-at', String(at));
}

function redraw(el) {
  const props = el.weftProps;
  const input = el.querySelector('input');
  const value = Number(input.value);
  const at = fraction(value, scale(props));
  el.style.setProperty('--weft-from', '0');
  el.style.setProperty('--weft-to', String(at));
  input.setAttribute('aria-valuetext', valueText(value, props));
  placeIndicator(el.querySelector('.weft-slider-indicator'), at, valueText(value, props));
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-slider weft-fill';
    createTrack(el);
    const input = createRange('weft-slider-input');
    el.append(input, createIndicator());
    claimClicks(el);
    el.weftResync = wirePacing([input], ctx, () => Number(input.value), () => redraw(el));
    // every property once, defaults included (the delta of a create holds only the set ones)
    this.update(el, { min: null, max: null, divisions: null, value: null, semanticsLabel: null, ...props }, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    el.weftProps = props;
    const input = el.querySelector('input');
    if ('min' in delta || 'max' in delta || 'divisions' in delta) {
      configure(input, props);
      drawTicks(el.querySelector('.weft-slider-ticks'), props);
    }
    if ('semanticsLabel' in delta) {
      if (typeof props.semanticsLabel === 'string') input.setAttribute('aria-label', props.semanticsLabel);
      else input.removeAttribute('aria-label');
    }
    if ('value' in delta || 'min' in delta || 'max' in delta || 'divisions' in delta) {
      showValue(input, typeof props.value === 'number' ? props.value : scale(props).min, props);
      el.weftResync();
    }
    redraw(el);
  },

  setDisabled(el, disabled) {
    el.querySelector('input').disabled = disabled;
  },
};
