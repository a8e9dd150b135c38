// `switch`: an <input type="checkbox" role="switch"> inside a <label>, drawn as a Material switch.
// The input lies, transparent, over the decorative track and thumb that follow it.
//
//   <label class="weft-switch" data-weft-id="11">
//     <span class="weft-switch-control">
//       <input type="checkbox" role="switch">
//       <span class="weft-switch-track"><span class="weft-switch-thumb"><svg/></span></span>
//     </span>
//     <span class="weft-switch-label">Dark mode</span>
//   </label>

import { toggleRenderer } from './checkbox.js';
import { createIcon } from '../icons.js';

export default toggleRenderer({
  className: 'weft-switch',
  decorate(input) {
    input.setAttribute('role', 'switch');
    const control = document.createElement('span');
    control.className = 'weft-switch-control';
    const track = document.createElement('span');
    track.className = 'weft-switch-track';
    const thumb = document.createElement('span');
    thumb.className = 'weft-switch-thumb';
    thumb.append(createIcon('check', 'weft-switch-icon'));
    track.append(thumb);
    control.append(input, track);
    return control;
  },
});
