// Applies what the server sends to the DOM: a `render` builds the whole page afresh; a `patch`
// applies its operations (remove, set, insert, move) one by one, in order, exactly as
// docs/protocol.md describes them. Renderers (controls/registry.js) build and update the elements;
// this file keeps the tree (tree.js) and the DOM in step.

import { applyCommon } from './controls/common.js';
import { focusControl } from './focus.js';
import { rendererFor } from './controls/registry.js';
import { ID_ATTRIBUTE, Tree } from './tree.js';

const FOCUSABLE = 'input, textarea, select, button, [tabindex]';

/** The patch does not fit the tree (an unknown id, a parent that takes no children). */
class Mismatch extends Error {}

export class DomPatch {
  /**
   * @param {object} options
   * @param {Element} options.mount  where the page's element goes
   * @param {Tree} options.tree
   * @param {{emit(node, name, data): boolean}} options.events
   */
  constructor({ mount, tree, events }) {
    this.mount = mount;
    this.tree = tree;
    this.events = events;
    this.pending = []; // callbacks to run once the current render or patch is in the DOM
  }

  /**
   * Throws away the current page and builds the DOM from `root`. With `preserve` (the same session,
   * re-attached after a reconnect) the focused control, its caret and the scroll position survive.
   */
  render(root, { preserve = false } = {}) {
    const saved = preserve ? this.saveViewState() : null;
    this.tree.clear();
    const el = this.build(root);
    this.mount.replaceChildren(el);
    if (saved) this.restoreViewState(saved);
    this.flush();
  }

  /** Applies a patch's operations in order. A bad operation is logged and skipped. */
  apply(ops) {
    for (const op of Array.isArray(ops) ? ops : []) {
      try {
        this.applyOp(op);
      } catch (error) {
        if (error instanceof Mismatch) console.warn(`weft: skipped an operation: ${error.message}`, op);
        else console.error('weft: could not apply operation', op, error);
      }
    }
    this.flush();
  }

  applyOp(op) {
    switch (op?.op) {
      case 'remove': return this.remove(op);
      case 'set': return this.set(op);
      case 'insert': return this.insert(op);
      case 'move': return this.move(op);
      default:
        throw new Mismatch(`unknown operation "${op?.op}"`);
    }
  }

  remove({ id }) {
    const node = this.requireNode(id);
    this.tree.dropSubtree(id);
    node.el.remove();
  }

  set({ id, props }) {
    const node = this.requireNode(id);
    const delta = props && typeof props === 'object' ? props : {};
    Tree.mergeProps(node.props, delta);
    if (node.renderer.recreate?.(node.el, delta)) {
      this.recreate(node);
      return;
    }
    node.renderer.update(node.el, delta, node.ctx);
    applyCommon(node.el, delta, node.renderer);
    if ('focus' in delta) focusControl(node.el);
  }

  insert({ parent, before, control }) {
    const host = this.childHostOf(parent, control);
    const reference = this.siblingElement(before, host);
    if (this.tree.has(control?.id)) {
      console.warn(`weft: insert of control ${control.id}, which already exists; replacing it`);
      this.remove({ id: control.id });
    }
    host.insertBefore(this.build(control), reference);
  }

  move({ id, parent, before }) {
    const node = this.requireNode(id);
    const host = this.childHostOf(parent, node);
    const reference = this.siblingElement(before, host);
    if (reference === node.el) return;
    placeBefore(host, node.el, reference);
  }

  /** Builds the element of a control and, recursively, of its children. */
  build(control) {
    if (!control || !Number.isInteger(control.id)) throw new Mismatch('a control without an integer id');
    const renderer = rendererFor(control.type);
    const node = { id: control.id, type: control.type, props: { ...(control.props ?? {}) }, el: null, renderer, ctx: null };
    node.ctx = this.context(node);
    node.el = this.createElement(node);
    this.tree.add(node);
    const children = Array.isArray(control.children) ? control.children : [];
    if (children.length > 0) {
      if (!renderer.childHost?.(node.el)) console.warn(`weft: a ${control.type} cannot have children; ignored them`);
      else for (const child of children) this.buildInto(renderer.childHost(node.el, child), child);
    }
    return node.el;
  }

  /** Builds a child into its parent's host; a malformed child is logged and left out. */
  buildInto(host, child) {
    try {
      host.append(this.build(child));
    } catch (error) {
      if (!(error instanceof Mismatch)) throw error;
      console.warn(`weft: left out a child: ${error.message}`, child);
    }
  }

  createElement(node) {
    const el = node.renderer.create({ ...node.props }, node.ctx);
    el.setAttribute(ID_ATTRIBUTE, String(node.id));
    applyCommon(el, node.props, node.renderer);
    return el;
  }

  /** Replaces a control's element with a new one (its children move across). */
  recreate(node) {
    const old = node.el;
    const fresh = this.createElement(node);
    const oldHost = node.renderer.childHost?.(old);
    const newHost = node.renderer.childHost?.(fresh);
    if (oldHost && newHost) newHost.append(...oldHost.children);
    old.replaceWith(fresh);
    node.el = fresh;
  }

  /** What a renderer gets besides props: its id and node, and a way to send its events. */
  context(node) {
    return {
      id: node.id,
      node,
      emit: (name, data = null, always = false) => this.events.emit(node, name, data, always),
      afterPatch: (callback) => this.pending.push(callback),
    };
  }

  flush() {
    const callbacks = this.pending;
    this.pending = [];
    for (const callback of callbacks) {
      try {
        callback();
      } catch (error) {
        console.warn('weft: a deferred update failed', error);
      }
    }
  }

  requireNode(id) {
    const node = this.tree.get(id);
    if (!node) throw new Mismatch(`no control with id ${id}`);
    return node;
  }

  /** Where `child` (a control or tree node: its type and props) goes in its parent. */
  childHostOf(parentId, child) {
    const parent = this.requireNode(parentId);
    const host = parent.renderer.childHost?.(parent.el, child);
    if (!host) throw new Mismatch(`control ${parentId} (${parent.type}) cannot have children`);
    return host;
  }

  /** The element to insert before: null appends; an unknown sibling is logged and appends. */
  siblingElement(before, host) {
    if (before === null || before === undefined) return null;
    const sibling = this.tree.get(before);
    if (!sibling || sibling.el.parentElement !== host) {
      console.warn(`weft: sibling ${before} is not a child of the parent; appending instead`);
      return null;
    }
    return sibling.el;
  }

  saveViewState() {
    const page = this.mount.firstElementChild;
    const active = document.activeElement;
    const owner = active && active !== document.body ? this.tree.nodeOf(active) : undefined;
    return {
      scrollTop: page ? page.scrollTop : 0,
      focusId: owner?.id,
      selection: active && 'selectionStart' in active && active.selectionStart !== null
        ? [active.selectionStart, active.selectionEnd] : null,
    };
  }

  restoreViewState({ scrollTop, focusId, selection }) {
    const page = this.mount.firstElementChild;
    if (page && scrollTop) page.scrollTop = scrollTop;
    const node = focusId === undefined ? undefined : this.tree.get(focusId);
    if (!node) return;
    const target = node.el.matches(FOCUSABLE) ? node.el : node.el.querySelector(FOCUSABLE);
    if (!target) return;
    target.focus({ preventScroll: true });
    if (selection && typeof target.setSelectionRange === 'function') {
      try { target.setSelectionRange(...selection); } catch { /* not a text field any more */ }
    }
  }
}

/**
 * Moves an element within or across parents. Where the browser supports it, Element.moveBefore
 * keeps the moved subtree's state (focus, caret, running animations); otherwise the focus is put
 * back by hand.
 */
function placeBefore(host, el, reference) {
  if (typeof host.moveBefore === 'function' && host.isConnected && el.isConnected) {
    try {
      host.moveBefore(el, reference);
      return;
    } catch {
      // fall through to insertBefore
    }
  }
  const active = document.activeElement;
  const hadFocus = active && el.contains(active) ? active : null;
  host.insertBefore(el, reference);
  if (hadFocus && document.activeElement !== hadFocus) hadFocus.focus({ preventScroll: true });
}
