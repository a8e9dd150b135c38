// `progressBar`: a Material linear progress indicator. role="progressbar"; when determinate,
// aria-valuenow holds the percentage (0–100); `value` null means indeterminate (animated, and no
// aria-valuenow).

import { color, px, setStyle } from '../style.js';

function setValue(el, value) {
  const bar = el.firstElementChild;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const fraction = Math.max(0, Math.min(1, value));
    el.classList.remove('weft-progress--indeterminate');
    el.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
    bar.style.transform = `scaleX(${fraction})`;
  } else {
    el.classList.add('weft-progress--indeterminate');
    el.removeAttribute('aria-valuenow');
    bar.style.transform = '';
  }
}

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-progress weft-fill weft-progress--indeterminate';
    el.setAttribute('role', 'progressbar');
    el.setAttribute('aria-valuemin', '0');
    el.setAttribute('aria-valuemax', '100');
    const bar = document.createElement('div');
    bar.className = 'weft-progress-bar';
    const second = document.createElement('div');
    second.className = 'weft-progress-bar weft-progress-bar--second';
    el.append(bar, second);
    this.update(el, props);
    if (!('value' in props)) setValue(el, null);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'value':
          setValue(el, value);
          break;
        case 'color':
          setStyle(el, '--weft-progress-color', color(value));
          break;
        case 'bgcolor':
          setStyle(el, '--weft-progress-track', color(value));
          break;
        case 'barHeight':
          setStyle(el, 'height', px(value));
          break;
        case 'label':
          if (value === null || value === undefined || value === '') el.removeAttribute('aria-label');
          else el.setAttribute('aria-label', String(value));
          break;
        default:
          break;
      }
    }
  },
};
