// `verticalDivider`: a vertical line `thickness` thick, centred in the horizontal space the
// control takes (its common `width`, 16 by default in weft.css): an <hr> (role separator, like
// divider's) with aria-orientation="vertical".

import { color, px, setStyle } from '../style.js';

export default {
  create(props) {
    const el = document.createElement('hr');
    el.className = 'weft-vertical-divider';
    el.setAttribute('aria-orientation', 'vertical');
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    if ('color' in delta) setStyle(el, '--weft-divider-color', color(delta.color));
    if ('thickness' in delta) {
      const t = delta.thickness;
      setStyle(el, '--weft-divider-thickness', typeof t === 'number' && t >= 0 ? px(t) : '');
    }
  },
};
