// `image`: an <img>. A relative `src` resolves against the app's base URL (the page's <base>).

import { px, setStyle } from '../style.js';

const FITS = { contain: 'contain', cover: 'cover', fill: 'fill', none: 'none', scaleDown: 'scale-down' };

export default {
  create(props) {
    const el = document.createElement('img');
    el.className = 'weft-image';
    el.alt = '';
    el.decoding = 'async';
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'src':
          if (typeof value === 'string' && value !== '') el.src = value;
          else el.removeAttribute('src');
          break;
        case 'alt':
          el.alt = value === null || value === undefined ? '' : String(value);
          break;
        case 'fit':
          setStyle(el, 'objectFit', FITS[value] ?? '');
          break;
        case 'borderRadius':
          setStyle(el, 'borderRadius', px(value));
          break;
        default:
          break;
      }
    }
  },
};
