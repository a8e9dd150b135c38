// The properties every control has (docs/controls.md, "Properties every control has"), applied in
// one place for all renderers: key, visible, disabled, tooltip, expand, width, height, col, and
// left/top/right/bottom (offsets inside a stack; weft.css ignores them elsewhere). `events` is
// read when an event happens (see events.js); renderers that look different when clicks are
// listened to (container) watch it themselves.

import { px, setStyle } from '../style.js';
import { setTooltip } from '../tooltip.js';

export const COMMON_PROPS = Object.freeze(['key', 'visible', 'disabled', 'tooltip', 'expand', 'width', 'height', 'col', 'left', 'top', 'right', 'bottom', 'events']);
const OFFSETS = ['left', 'top', 'right', 'bottom'];

const BREAKPOINTS = ['xs', 'sm', 'md', 'lg', 'xl', 'xxl'];

/**
 * Applies the common properties found in `delta` (null resets to the default) to a control's
 * element. `renderer.setDisabled(el, disabled)` is called when the renderer has a native control
 * to disable; otherwise the element is marked aria-disabled.
 */
export function applyCommon(el, delta, renderer) {
  for (const [name, value] of Object.entries(delta)) {
    switch (name) {
      case 'key':
        if (value === null || value === undefined) el.removeAttribute('data-key');
        else el.dataset.key = String(value);
        break;
      case 'visible':
        el.hidden = value === false;
        break;
      case 'disabled': {
        const disabled = value === true;
        el.classList.toggle('weft-disabled', disabled);
        if (renderer.setDisabled) renderer.setDisabled(el, disabled);
        else if (disabled) el.setAttribute('aria-disabled', 'true');
        else el.removeAttribute('aria-disabled');
        break;
      }
      case 'tooltip': // a role=tooltip element (tooltip.js), no longer the title attribute
        setTooltip(el, value);
        break;
      case 'expand': {
        const share = typeof value === 'number' && value > 0 ? value : 0;
        setStyle(el, 'flex', share ? `${share} 1 0px` : '');
        el.classList.toggle('weft-expand', share > 0);
        break;
      }
      case 'width':
        setStyle(el, 'width', px(value));
        break;
      case 'height':
        setStyle(el, 'height', px(value));
        break;
      case 'col': // spans per breakpoint, read by weft.css inside a responsiveRow only
        for (const bp of BREAKPOINTS) {
          const span = value && typeof value === 'object' ? value[bp] : undefined;
          setStyle(el, `--weft-col-${bp}`, Number.isInteger(span) && span > 0 ? String(span) : '');
        }
        break;
      case 'left':
      case 'top':
      case 'right':
      case 'bottom': // position:absolute only as a stack's child (weft.css, .weft-positioned)
        setStyle(el, name, px(value));
        el.classList.toggle('weft-positioned', OFFSETS.some((side) => el.style[side] !== ''));
        break;
      default:
        break;
    }
  }
}
