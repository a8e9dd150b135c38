// `responsiveRow`: a CSS grid of `columns` equal columns (12 by default); each child spans the
// columns its `col` gives for the window's breakpoint (common.js sets them as --weft-col-<bp>
// custom properties, weft.css's media queries pick one), so a resize re-lays it in the browser.

import { px, setStyle } from '../style.js';

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-responsive-row';
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'columns':
          setStyle(el, '--weft-columns', Number.isInteger(value) && value > 0 ? String(value) : '');
          break;
        case 'spacing':
          setStyle(el, 'columnGap', px(value));
          break;
        case 'runSpacing':
          setStyle(el, 'rowGap', px(value));
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
