// `divider`: a horizontal rule (<hr>) `thickness` thick, taking `space` pixels of height in all.

import { color, setStyle } from '../style.js';

const DEFAULT_THICKNESS = 1;
const DEFAULT_SPACE = 16;

const number = (value, fallback) => (typeof value === 'number' && value >= 0 ? value : fallback);

export default {
  create(props, ctx) {
    const el = document.createElement('hr');
    el.className = 'weft-divider weft-fill';
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    if ('color' in delta) setStyle(el, 'backgroundColor', color(delta.color));
    if ('thickness' in delta || 'space' in delta) {
      const { thickness, space } = ctx.node.props;
      const line = number(thickness, DEFAULT_THICKNESS);
      const margin = Math.max(0, (number(space, DEFAULT_SPACE) - line) / 2);
      setStyle(el, 'height', `${line}px`);
      setStyle(el, 'marginBlock', `${margin}px`);
    }
  },
};
