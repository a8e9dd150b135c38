// `placeholder`: a box with a cross (Flet's Placeholder), drawn by an SVG that stretches to the
// box. `fallbackWidth` x `fallbackHeight` (400 x 400) apply when the common width/height do not;
// presentational, so hidden from assistive technology.

import { color, px, setStyle } from '../style.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function line(x1, y1, x2, y2) {
  const l = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1, y1, x2, y2 })) l.setAttribute(k, v);
  l.setAttribute('vector-effect', 'non-scaling-stroke');
  return l;
}

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-placeholder';
    el.setAttribute('aria-hidden', 'true');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 100 100');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('focusable', 'false');
    svg.append(line(0, 0, 100, 100), line(100, 0, 0, 100));
    el.append(svg);
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'color':
          setStyle(el, '--weft-placeholder-color', color(value));
          break;
        case 'strokeWidth':
          setStyle(el, '--weft-placeholder-stroke', px(value));
          break;
        case 'fallbackWidth':
          setStyle(el, '--weft-placeholder-width', px(value));
          break;
        case 'fallbackHeight':
          setStyle(el, '--weft-placeholder-height', px(value));
          break;
        default:
          break;
      }
    }
  },
};
