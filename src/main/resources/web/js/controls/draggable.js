// `draggable`: a control the user drags onto a dragTarget of the same group (drag.js does the
// dragging, by pointer and by keyboard). Its children are slots: content (shown), contentWhenDragging
// (shown in its place while dragged) and contentFeedback (never shown here: drag.js copies it to
// follow the pointer). It is a button for the keyboard, described as draggable, with instructions.
//
//   <div class="weft-draggable" role="button" tabindex="0" aria-roledescription="draggable"
//        aria-describedby="weft-drag-help" data-weft-id="30"> slots </div>

import { wireDraggable } from '../drag.js';

const HELP_ID = 'weft-drag-help';

/** The instructions every draggable points at (one hidden element per page). */
function ensureHelp() {
  if (document.getElementById(HELP_ID)) return;
  const help = document.createElement('div');
  help.id = HELP_ID;
  help.hidden = true;
  help.textContent = 'Press Space or Enter to pick up, then Tab or the arrow keys to a drop target, '
    + 'Space or Enter to drop, Escape to cancel.';
  document.body.append(help);
}

export default {
  create(props, ctx) {
    ensureHelp();
    const el = document.createElement('div');
    el.className = 'weft-draggable';
    el.setAttribute('role', 'button');
    el.setAttribute('aria-roledescription', 'draggable');
    el.setAttribute('aria-describedby', HELP_ID);
    el.tabIndex = 0;
    wireDraggable(el, ctx);
    return el;
  },

  update() {},

  childHost(el) {
    return el;
  },

  setDisabled(el, disabled) {
    el.tabIndex = disabled ? -1 : 0;
    if (disabled) el.setAttribute('aria-disabled', 'true');
    else el.removeAttribute('aria-disabled');
  },
};
