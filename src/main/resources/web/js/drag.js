// Drag and drop between `draggable` and `dragTarget` controls, in the page (not the HTML5 drag
// API: it knows no touch and no keyboard). A target registers its element and event context
// here; a draggable starts a drag by pointer or by keyboard, and the drag sends the target's
// events (willAccept, move, leave, accept) through the target's own context, each naming the
// draggable's id as `src` (Flet's src_id). Targets of the draggable's group are highlighted while
// it is dragged (.weft-drag-target--armed) and the one under it more (--over).
//
// Pointer: a press that moves past 4 px picks the draggable up; a copy of its feedback (or content)
// follows the pointer; release over a target drops it there, elsewhere (or Escape) puts it back.
// Keyboard (WCAG 2.1.1): Space or Enter on a focused draggable picks it up; the group's targets
// become buttons in the tab order; Tab or the arrow keys go to one, Space or Enter drops there,
// Escape puts it back. Each step is announced (announce.js).

import { announce } from './announce.js';
import { isDisabled, listensTo } from './events.js';
import { FrameBatch, localPoint, round } from './frame_batch.js';

const START_DISTANCE = 4; // CSS px a press moves before it becomes a drag
const targets = new WeakMap(); // target element -> its renderer context
let drag = null; // the drag under way, if any

/** Makes an element a drop target whose events go through `ctx`. */
export function registerTarget(el, ctx) {
  targets.set(el, ctx);
}

const groupOf = (props) => (typeof props.group === 'string' ? props.group : 'default');

/** A short name to announce: the element's label or text. */
function nameOf(el) {
  const shown = el.querySelector(':scope > [data-slot="content"]') ?? el; // a draggable: its content
  const text = (el.getAttribute('aria-label') || shown.textContent || '').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text || 'item';
}

function targetsFor(group) {
  return [...document.querySelectorAll('.weft-drag-target')].filter((el) => {
    const ctx = targets.get(el);
    return ctx && el.isConnected && !el.closest('[hidden]') && groupOf(ctx.node.props) === group && !isDisabled(ctx.node);
  });
}

function sendTo(target, name, data) {
  const ctx = targets.get(target);
  if (ctx && listensTo(ctx.node.props, name)) ctx.emit(name, JSON.stringify(data));
}

class Drag {
  constructor(source, ctx, keyboard) {
    this.source = source;
    this.ctx = ctx;
    this.keyboard = keyboard;
    this.over = null;
    this.targets = targetsFor(groupOf(ctx.node.props));
    this.moves = new FrameBatch((r) => this.over && sendTo(this.over, 'move', { src: ctx.id, x: r.x, y: r.y }));
    source.classList.add('weft-draggable--dragging');
    source.setAttribute('aria-pressed', 'true');
    for (const target of this.targets) {
      target.classList.add('weft-drag-target--armed');
      if (keyboard) {
        target.setAttribute('role', 'button');
        target.setAttribute('aria-roledescription', 'drop target');
        target.tabIndex = 0;
      }
    }
  }

  /** The pointer or the focus is now over `target` (null: over none). */
  enter(target) {
    if (target === this.over) return;
    if (this.over) {
      this.moves.cancel();
      this.over.classList.remove('weft-drag-target--over');
      sendTo(this.over, 'leave', { src: this.ctx.id });
    }
    this.over = target;
    if (target) {
      target.classList.add('weft-drag-target--over');
      sendTo(target, 'willAccept', { src: this.ctx.id });
    }
  }

  /** Drops on the target it is over, at `point` in it; true when it was over one. */
  drop(point) {
    const target = this.over;
    if (!target) return false;
    this.moves.flush();
    target.classList.remove('weft-drag-target--over');
    this.over = null;
    sendTo(target, 'accept', { src: this.ctx.id, ...point });
    return true;
  }

  end() {
    this.enter(null);
    this.feedback?.remove();
    this.source.classList.remove('weft-draggable--dragging');
    this.source.removeAttribute('aria-pressed');
    for (const target of this.targets) {
      target.classList.remove('weft-drag-target--armed', 'weft-drag-target--over');
      if (this.keyboard) {
        target.removeAttribute('role');
        target.removeAttribute('aria-roledescription');
        // the target just dropped on keeps the focus (out of the tab order), not the page
        if (target === document.activeElement) target.tabIndex = -1;
        else target.removeAttribute('tabindex');
      }
    }
    this.onEnd?.();
    if (drag === this) drag = null;
    document.removeEventListener('keydown', onDragKey, true);
    document.removeEventListener('focusin', onDragFocus, true);
    document.removeEventListener('pointerdown', onOutsidePress, true);
  }
}

// ------------------------------------------------------------------ pointer

/** A copy of the feedback slot (or the content) that follows the pointer, out of the page's tree. */
function makeFeedback(source, offsetX, offsetY) {
  const slot = source.querySelector(':scope > [data-slot="contentFeedback"]')
    ?? source.querySelector(':scope > [data-slot="content"]');
  const copy = (slot?.firstElementChild ?? slot ?? source).cloneNode(true);
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    node.removeAttribute('data-weft-id');
    node.removeAttribute('id');
    node.removeAttribute('data-key');
    node.removeAttribute('tabindex');
  }
  const box = source.getBoundingClientRect();
  const layer = document.createElement('div');
  layer.className = 'weft-drag-feedback';
  layer.setAttribute('aria-hidden', 'true');
  layer.style.width = `${box.width}px`;
  layer.append(copy);
  layer.dataset.offsetX = String(offsetX);
  layer.dataset.offsetY = String(offsetY);
  document.body.append(layer);
  return layer;
}

function moveFeedback(layer, event) {
  const x = event.clientX - Number(layer.dataset.offsetX);
  const y = event.clientY - Number(layer.dataset.offsetY);
  layer.style.transform = `translate(${round(x)}px, ${round(y)}px)`;
}

function targetAt(event) {
  const hit = document.elementFromPoint(event.clientX, event.clientY);
  let target = hit?.closest('.weft-drag-target') ?? null;
  while (target && !drag.targets.includes(target)) target = target.parentElement?.closest('.weft-drag-target') ?? null;
  return target;
}

/** Wires pointer and keyboard dragging on a draggable's element. */
export function wireDraggable(el, ctx) {
  let press = null;
  let droppedAt = -Infinity;
  el.addEventListener('pointerdown', (event) => {
    if (drag || event.button !== 0 || !event.isPrimary || isDisabled(ctx.node)) return;
    press = { id: event.pointerId, x: event.clientX, y: event.clientY };
  });
  el.addEventListener('pointermove', (event) => {
    if (press && event.pointerId === press.id && !drag
        && Math.hypot(event.clientX - press.x, event.clientY - press.y) > START_DISTANCE) {
      const box = el.getBoundingClientRect();
      drag = new Drag(el, ctx, false);
      drag.onEnd = () => {
        press = null; // Escape ends the drag; the held button must not start another
        droppedAt = performance.now();
      };
      drag.feedback = makeFeedback(el, press.x - box.left, press.y - box.top);
      try {
        el.setPointerCapture(event.pointerId);
      } catch {
        // a pointer the browser no longer tracks: the drag ends when it is released anyway
      }
      document.addEventListener('keydown', onDragKey, true);
    }
    if (!drag || drag.source !== el || drag.keyboard) return;
    moveFeedback(drag.feedback, event);
    const target = targetAt(event);
    drag.enter(target);
    if (target) {
      const p = localPoint(target, event);
      drag.moves.add(p.x, p.y);
    }
  });
  const release = (event, dropped) => {
    if (!press || event.pointerId !== press.id) return;
    press = null;
    if (!drag || drag.source !== el || drag.keyboard) return;
    const target = dropped ? targetAt(event) : null;
    drag.enter(target);
    if (target) drag.drop(localPoint(target, event));
    drag.end();
  };
  el.addEventListener('pointerup', (event) => release(event, true));
  el.addEventListener('pointercancel', (event) => release(event, false));
  // a drag that moved is no click on the draggable's content
  el.addEventListener('click', (event) => {
    if (performance.now() - droppedAt < 100) event.stopPropagation();
  }, true);

  el.addEventListener('keydown', (event) => {
    if (event.target !== el || (event.key !== ' ' && event.key !== 'Enter') || drag || isDisabled(ctx.node)) return;
    event.preventDefault();
    if (event.repeat) return;
    pickUp(el, ctx);
  });
}

// ------------------------------------------------------------------ keyboard

function pickUp(el, ctx) {
  const started = new Drag(el, ctx, true);
  const name = nameOf(el);
  if (started.targets.length === 0) {
    started.end();
    announce(`${name}: no drop target here.`);
    return;
  }
  drag = started;
  document.addEventListener('keydown', onDragKey, true);
  document.addEventListener('focusin', onDragFocus, true);
  document.addEventListener('pointerdown', onOutsidePress, true);
  announce(`Picked up ${name}. ${started.targets.length} drop target${started.targets.length === 1 ? '' : 's'}:`
    + ' Tab or arrow keys to move, Space or Enter to drop, Escape to cancel.');
}

function onDragKey(event) {
  if (!drag) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    const { source, keyboard } = drag;
    drag.end();
    if (keyboard && source.isConnected) source.focus();
    announce(`Cancelled: ${nameOf(source)} put back.`);
    return;
  }
  if (!drag.keyboard) return;
  const active = document.activeElement;
  const at = drag.targets.indexOf(active);
  if ((event.key === ' ' || event.key === 'Enter') && at >= 0) {
    event.preventDefault();
    event.stopPropagation();
    const { source } = drag;
    drag.enter(active);
    drag.drop({ x: round(active.clientWidth / 2), y: round(active.clientHeight / 2) });
    drag.end();
    announce(`Dropped ${nameOf(source)} on ${nameOf(active)}.`);
    return;
  }
  const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
  if (step && (at >= 0 || active === drag.source)) {
    event.preventDefault();
    const count = drag.targets.length;
    const next = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
    drag.targets[next].focus();
  }
}

function onDragFocus(event) {
  if (!drag?.keyboard) return;
  const target = drag.targets.includes(event.target) ? event.target : null;
  drag.enter(target);
  if (target) announce(`Over ${nameOf(target)}. Space or Enter drops ${nameOf(drag.source)} here.`);
}

function onOutsidePress() {
  if (!drag?.keyboard) return;
  const { source } = drag;
  drag.end();
  announce(`Cancelled: ${nameOf(source)} put back.`);
}
