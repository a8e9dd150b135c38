// `row`: lays its children out horizontally (a flex row); the element is its own child host.

import { lookup, MAIN_AXIS, CROSS_AXIS, OVERFLOW, px, setStyle } from '../style.js';

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-row';
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
        case 'verticalAlignment':
          setStyle(el, 'alignItems', lookup(CROSS_AXIS, value));
          break;
        case 'wrap':
          el.classList.toggle('weft-row--wrap', value === true);
          break;
        case 'scroll':
          setStyle(el, 'overflowX', lookup(OVERFLOW, value));
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
