// `gestureDetector`: hears the pointer (mouse, touch, pen: pointer events) over the control it
// wraps and sends the gestures the server listens to, each with a small JSON object in a string
// (docs/controls.md): tap, doubleTap, longPress (held 500 ms without moving), secondaryTap
// (the context menu stays shut), enter, exit, hover, panStart / panUpdate / panEnd (pointer
// captured once the press moves past a small slop, so the pan goes on outside the detector) and
// scroll (the wheel; the page does not scroll then). panUpdate, hover and scroll go out at most once
// per animation frame and every `dragInterval` ms, movement added up (frame_batch.js). When the
// server listens to tap, the detector is a button for the keyboard: Enter and Space tap its centre.

import { isDisabled, listensTo } from '../events.js';
import { FrameBatch, localPoint, round } from '../frame_batch.js';

const LONG_PRESS_MS = 500;
const DOUBLE_TAP_MS = 300;
const SLOP = { mouse: 3, pen: 4, touch: 8 }; // CSS px a press may wander and still be a tap
const PAN_EVENTS = ['panStart', 'panUpdate', 'panEnd'];
const LINE_PX = 16; // a wheel "line" in pixels (deltaMode 1)

const CURSORS = {
  basic: 'default', click: 'pointer', move: 'move', grab: 'grab', grabbing: 'grabbing',
  precise: 'crosshair', text: 'text', forbidden: 'not-allowed', wait: 'wait', progress: 'progress',
  help: 'help', contextMenu: 'context-menu', zoomIn: 'zoom-in', zoomOut: 'zoom-out',
  resizeLeftRight: 'ew-resize', resizeUpDown: 'ns-resize', allScroll: 'all-scroll', none: 'none',
};

function wire(el, ctx) {
  const listens = (name) => listensTo(ctx.node.props, name);
  const send = (name, data) => {
    if (listens(name) && !isDisabled(ctx.node)) ctx.emit(name, JSON.stringify(data));
  };
  const interval = () => (Number.isInteger(ctx.node.props.dragInterval) ? ctx.node.props.dragInterval : 0);
  const pan = new FrameBatch((r) => send('panUpdate', { x: r.x, y: r.y, dx: round(r.dx), dy: round(r.dy) }), interval);
  const hover = new FrameBatch((r) => send('hover', { x: r.x, y: r.y }), interval);
  const wheel = new FrameBatch((r) => send('scroll', { x: r.x, y: r.y, dx: round(r.dx), dy: round(r.dy) }));

  let press = null; // { id, type, startX, startY, lastX, lastY, panning, longPressed, timer }
  let tapTimer = 0; // a tap waiting to see whether a second one makes it a double tap

  const tap = (point) => {
    if (!listens('doubleTap')) {
      send('tap', point);
    } else if (tapTimer) {
      clearTimeout(tapTimer);
      tapTimer = 0;
      send('doubleTap', point);
    } else {
      tapTimer = setTimeout(() => {
        tapTimer = 0;
        send('tap', point);
      }, DOUBLE_TAP_MS);
    }
  };

  const endPress = () => {
    if (press?.timer) clearTimeout(press.timer);
    press = null;
    el.classList.remove('weft-gesture-detector--panning');
  };

  el.addEventListener('pointerdown', (event) => {
    if (press || event.button !== 0 || !event.isPrimary || isDisabled(ctx.node)) return;
    const start = localPoint(el, event);
    press = {
      id: event.pointerId, type: event.pointerType, startX: event.clientX, startY: event.clientY,
      lastX: event.clientX, lastY: event.clientY, start, panning: false, longPressed: false, timer: 0,
    };
    if (listens('longPress')) {
      const held = press;
      held.timer = setTimeout(() => {
        held.timer = 0;
        if (press !== held || held.panning) return;
        held.longPressed = true;
        send('longPress', held.start);
      }, LONG_PRESS_MS);
    }
  });

  el.addEventListener('pointermove', (event) => {
    if (!press || event.pointerId !== press.id) {
      if (!press && event.pointerType === 'mouse' && listens('hover')) {
        const p = localPoint(el, event);
        hover.add(p.x, p.y);
      }
      return;
    }
    const moved = Math.hypot(event.clientX - press.startX, event.clientY - press.startY);
    if (!press.panning && moved > (SLOP[press.type] ?? SLOP.mouse)) {
      if (press.timer) clearTimeout(press.timer);
      press.timer = 0;
      press.wandered = true; // no tap any more
      if (!press.longPressed && PAN_EVENTS.some(listens)) {
        press.panning = true;
        try {
          el.setPointerCapture(event.pointerId); // the pan goes on outside the detector
        } catch {
          // a pointer the browser no longer tracks: the pan just ends at the edge
        }
        el.classList.add('weft-gesture-detector--panning');
        send('panStart', press.start);
      }
    }
    if (press.panning) { // deltas from the press on, so they add up to the whole movement
      const p = localPoint(el, event);
      pan.add(p.x, p.y, event.clientX - press.lastX, event.clientY - press.lastY);
      press.lastX = event.clientX;
      press.lastY = event.clientY;
    }
  });

  el.addEventListener('pointerup', (event) => {
    if (!press || event.pointerId !== press.id) return;
    const p = localPoint(el, event);
    if (press.panning) {
      pan.flush(); // the last update goes before the end
      send('panEnd', p);
    } else if (!press.longPressed && !press.wandered) {
      tap(p);
    }
    endPress();
  });

  el.addEventListener('pointercancel', (event) => {
    if (!press || event.pointerId !== press.id) return;
    if (press.panning) {
      pan.flush();
      send('panEnd', localPoint(el, event));
    }
    endPress();
  });

  el.addEventListener('contextmenu', (event) => {
    if (!listens('secondaryTap') || isDisabled(ctx.node)) return;
    event.preventDefault();
    if (press && press.type !== 'mouse') return; // a finger held down: that is a long press
    send('secondaryTap', localPoint(el, event));
  });

  el.addEventListener('pointerenter', (event) => send('enter', localPoint(el, event)));
  el.addEventListener('pointerleave', (event) => {
    hover.flush();
    send('exit', localPoint(el, event));
  });

  el.addEventListener('wheel', (event) => {
    if (!listens('scroll') || isDisabled(ctx.node)) return;
    event.preventDefault();
    const scale = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? el.clientHeight : 1;
    const p = localPoint(el, event);
    wheel.add(p.x, p.y, event.deltaX * scale, event.deltaY * scale);
  }, { passive: false });

  el.addEventListener('keydown', (event) => {
    if (event.target !== el || (event.key !== 'Enter' && event.key !== ' ') || !listens('tap')) return;
    event.preventDefault();
    if (event.repeat) return;
    send('tap', { x: round(el.clientWidth / 2), y: round(el.clientHeight / 2) });
  });
}

/** Listening to taps makes the detector a keyboard button; to pans, a surface touch cannot scroll. */
function updateRole(el, props) {
  const tappable = listensTo(props, 'tap') && props.disabled !== true;
  if (tappable) {
    el.setAttribute('role', 'button');
    el.tabIndex = 0;
  } else {
    el.removeAttribute('role');
    el.removeAttribute('tabindex');
  }
  el.classList.toggle('weft-gesture-detector--pans', PAN_EVENTS.some((name) => listensTo(props, name)));
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-gesture-detector';
    wire(el, ctx);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    if ('mouseCursor' in delta) el.style.cursor = CURSORS[delta.mouseCursor] ?? '';
    if ('events' in delta || 'disabled' in delta) updateRole(el, ctx.node.props);
  },

  childHost(el) {
    return el;
  },
};
