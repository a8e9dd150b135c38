// `dragTarget`: where draggables of its group are dropped (drag.js sends its willAccept, move, leave
// and accept events through this control's context). While a draggable of its group is dragged it
// is highlighted (.weft-drag-target--armed), the more so under the draggable (--over); during a
// keyboard drag it is a button in the tab order.
//
//   <div class="weft-drag-target" data-weft-id="40"> content </div>

import { registerTarget } from '../drag.js';

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-drag-target';
    registerTarget(el, ctx);
    return el;
  },

  update() {},

  childHost(el) {
    return el;
  },
};
