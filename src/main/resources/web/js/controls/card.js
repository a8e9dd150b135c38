// `card`: a Material 3 card holding one control: elevated (a shadow on surface-container-low, the
// default), filled (surface-container-highest) or outlined (outline-variant border), 12 px
// corners. `elevation` overrides the variant's shadow, `color` its surface.

import { color, insets, px, setStyle } from '../style.js';

const VARIANTS = ['elevated', 'filled', 'outlined'];

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-card weft-card--elevated';
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'variant': {
          const variant = VARIANTS.includes(value) ? value : 'elevated';
          for (const v of VARIANTS) el.classList.toggle(`weft-card--${v}`, v === variant);
          break;
        }
        case 'elevation': {
          const level = Number.isInteger(value) ? Math.max(0, Math.min(5, value)) : null;
          setStyle(el, 'boxShadow', level === null ? '' : level === 0 ? 'none' : `var(--weft-elevation-${level})`);
          break;
        }
        case 'color':
          setStyle(el, 'backgroundColor', color(value));
          setStyle(el, '--weft-field-bg', color(value));
          break;
        case 'margin':
          setStyle(el, 'margin', insets(value));
          break;
        case 'borderRadius':
          setStyle(el, 'borderRadius', px(value));
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el;
  },
};
