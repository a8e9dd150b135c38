// `column`: lays its children out vertically (a flex column); the element is its own child host.
// With `region` it is a named region landmark.

import { lookup, MAIN_AXIS, CROSS_AXIS, OVERFLOW, px, setStyle } from '../style.js';

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-column';
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'spacing':
          setStyle(el, 'gap', px(value));
          break;
        case 'alignment':
          setStyle(el, 'justifyContent', lookup(MAIN_AXIS, value));
          break;
        case 'horizontalAlignment':
          setStyle(el, 'alignItems', lookup(CROSS_AXIS, value === 'baseline' ? null : value));
          break;
        case 'region':
          // a <div role=region> with a name is a landmark; without a name it would be none
          if (typeof value === 'string' && value !== '') {
            el.setAttribute('role', 'region');
            el.setAttribute('aria-label', value);
          } else {
            el.removeAttribute('role');
            el.removeAttribute('aria-label');
          }
          break;
        case 'scroll':
          setStyle(el, 'overflowY', lookup(OVERFLOW, value));
          el.classList.toggle('weft-scroll', Boolean(lookup(OVERFLOW, value)));
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
