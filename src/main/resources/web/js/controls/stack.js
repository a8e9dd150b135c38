// `stack`: its children on top of each other, the last on top. Children with left/top/right/bottom
// (common.js marks them .weft-positioned) are absolutely placed at those offsets; the others share
// one grid cell, placed by `alignment`, and the largest gives the stack its size (weft.css).
//
//   <div class="weft-stack" data-weft-id="4"> children </div>

import { setStyle } from '../style.js';

// alignment -> [align-items (vertical), justify-items (horizontal)]
const ALIGNMENTS = {
  topLeft: ['start', 'start'], topCenter: ['start', 'center'], topRight: ['start', 'end'],
  centerLeft: ['center', 'start'], center: ['center', 'center'], centerRight: ['center', 'end'],
  bottomLeft: ['end', 'start'], bottomCenter: ['end', 'center'], bottomRight: ['end', 'end'],
};

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-stack';
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'clipBehavior':
          el.classList.toggle('weft-stack--unclipped', value === 'none');
          break;
        case 'alignment': {
          const [align, justify] = ALIGNMENTS[value] ?? ['', ''];
          setStyle(el, 'alignItems', align);
          setStyle(el, 'justifyItems', justify);
          break;
        }
        case 'fit':
          el.classList.toggle('weft-stack--expand', value === 'expand');
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
