// `progressRing`: a Material circular progress indicator, an SVG arc. role="progressbar" named by
// `label` ("Loading" by default); determinate: aria-valuenow 0–100 and the arc drawn to `value`;
// `value` null: indeterminate, a spinning arc (weft.css stops the spin for reduced motion).

import { color, setStyle } from '../style.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SIZE = 36; // the viewBox; the ring scales with the element (36 px by default)
const DEFAULT_STROKE = 4;

function circle(className) {
  const c = document.createElementNS(SVG_NS, 'circle');
  c.setAttribute('class', className);
  c.setAttribute('cx', String(SIZE / 2));
  c.setAttribute('cy', String(SIZE / 2));
  c.setAttribute('pathLength', '100');
  return c;
}

function setValue(el, value) {
  const arc = el.querySelector('.weft-progress-ring-arc');
  if (typeof value === 'number' && Number.isFinite(value)) {
    const percent = Math.max(0, Math.min(1, value)) * 100;
    el.classList.remove('weft-progress-ring--indeterminate');
    el.setAttribute('aria-valuenow', String(Math.round(percent)));
    arc.style.strokeDasharray = `${percent} 100`;
  } else {
    el.classList.add('weft-progress-ring--indeterminate');
    el.removeAttribute('aria-valuenow');
    arc.style.strokeDasharray = '';
  }
}

function setStroke(el, width) {
  const stroke = typeof width === 'number' && width > 0 ? width : DEFAULT_STROKE;
  for (const c of el.querySelectorAll('circle')) {
    c.setAttribute('stroke-width', String(stroke));
    c.setAttribute('r', String(Math.max(1, (SIZE - stroke) / 2)));
  }
}

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-progress-ring';
    el.setAttribute('role', 'progressbar');
    el.setAttribute('aria-valuemin', '0');
    el.setAttribute('aria-valuemax', '100');
    el.setAttribute('aria-label', 'Loading');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${SIZE} ${SIZE}`);
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.append(circle('weft-progress-ring-track'), circle('weft-progress-ring-arc'));
    el.append(svg);
    setStroke(el, null);
    setValue(el, null);
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'value':
          setValue(el, value);
          break;
        case 'strokeWidth':
          setStroke(el, value);
          break;
        case 'color':
          setStyle(el, '--weft-progress-color', color(value));
          break;
        case 'bgcolor':
          setStyle(el, '--weft-progress-ring-track', color(value));
          break;
        case 'label':
          el.setAttribute('aria-label', typeof value === 'string' && value !== '' ? value : 'Loading');
          break;
        default:
          break;
      }
    }
  },
};
