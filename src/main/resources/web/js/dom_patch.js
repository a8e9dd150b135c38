// Applies what the server sends to the DOM: a `render` builds the whole page afresh; a `patch`
// applies its operations (remove, set, insert, move) one by one, in order, exactly as
// docs/protocol.md describes them. Renderers (controls/registry.js) build and update the elements;
// this file keeps the tree (tree.js) and the DOM in step. A virtual parent (listView, gridView:
// renderers with `virtual: true`) gets its children as item records (virtual.js) and builds only
// those it shows; operations aimed at a control inside an item never built edit its JSON.

import { applyCommon } from './controls/common.js';
import { focusControl } from './focus.js';
import { rendererFor } from './controls/registry.js';
import { ID_ATTRIBUTE, Tree } from './tree.js';
import { itemRecord, VirtualItems } from './virtual.js';

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
    this.flushQueued = false; // a microtask will run what building list items deferred
    this.indexing = false; // dormant controls are being indexed in idle time (tree.js)
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
    this.flush(); // first, so that virtual lists have their full size before scrolling back
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
    const dormant = this.tree.findDormant(id);
    if (dormant) {
      this.takeDormant(id, dormant);
      return;
    }
    const node = this.requireNode(id);
    if (node.item) this.takeItem(node.item);
    this.tree.dropSubtree(id);
    node.el.remove();
  }

  set({ id, props }) {
    const delta = props && typeof props === 'object' ? props : {};
    const dormant = this.tree.findDormant(id);
    if (dormant) { // never built: the item shows it when it is
      dormant.json.props = Tree.mergeProps(dormant.json.props ?? {}, delta);
      return;
    }
    const node = this.requireNode(id);
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
    if (this.tree.has(control?.id)) {
      console.warn(`weft: insert of control ${control.id}, which already exists; replacing it`);
      this.remove({ id: control.id });
    }
    if (!control || !Number.isInteger(control.id)) throw new Mismatch('a control without an integer id');
    this.place(parent, before, { json: control });
  }

  move({ id, parent, before }) {
    const node = this.tree.get(id);
    const target = this.tree.get(parent);
    if (node && !node.item && target && !target.virtual) { // the common case: DOM to DOM
      const host = this.childHostOf(parent, node);
      const reference = this.siblingElement(before, host);
      if (reference === node.el) return;
      placeBefore(host, node.el, reference);
      return;
    }
    if (node?.item && target?.virtual && node.item.list === target) { // reordering a list's items
      target.virtual.remove(node.item);
      target.virtual.insertBefore(node.item, before);
      this.itemsChanged(target);
      return;
    }
    if (!node && !this.tree.has(id)) throw new Mismatch(`no control with id ${id}`);
    if (!target && !this.tree.has(parent)) throw new Mismatch(`no control with id ${parent}`);
    this.place(parent, before, this.take(id));
  }

  /**
   * Takes a control out of where it is, for a move: {json} when it was never built, else {node}
   * (its element still where it was; placing it moves it).
   */
  take(id) {
    const dormant = this.tree.findDormant(id);
    if (dormant) {
      this.takeDormant(id, dormant);
      return { json: dormant.json };
    }
    const node = this.requireNode(id);
    if (node.item) {
      this.takeItem(node.item);
      node.item = null;
    }
    return { node };
  }

  /** Takes a never-built control out of its parent's JSON (or its list) and forgets it. */
  takeDormant(id, { json, parent, item }) {
    if (parent) {
      const at = parent.children.indexOf(json);
      if (at >= 0) parent.children.splice(at, 1);
    } else {
      this.takeItem(item);
    }
    this.tree.dropDormant(json);
  }

  takeItem(record) {
    record.list.virtual.remove(record);
    this.itemsChanged(record.list);
  }

  /**
   * Puts a control ({json} to build, or a built {node}) into `parentId` before `before`: into the
   * JSON of a parent never built, among a virtual parent's items, or into the DOM.
   */
  place(parentId, before, { json, node }) {
    let dormant = this.tree.findDormant(parentId);
    if (dormant && node) { // a built control cannot live in JSON: build the parent's item
      this.materialize(dormant.item);
      dormant = undefined;
    }
    if (dormant) {
      const siblings = (dormant.json.children ??= []);
      const at = before === null || before === undefined ? -1 : siblings.findIndex((c) => c?.id === before);
      if (at < 0 && before !== null && before !== undefined) {
        console.warn(`weft: sibling ${before} is not a child of the parent; appending instead`);
      }
      siblings.splice(at < 0 ? siblings.length : at, 0, json);
      this.tree.addDormant(json, dormant.item);
      return;
    }
    const parent = this.requireNode(parentId);
    if (parent.virtual) {
      const record = itemRecord(json ? json.id : node.id, json ?? null);
      parent.virtual.insertBefore(record, before);
      if (node) {
        record.node = node;
        node.item = record;
        node.el.remove(); // the list's renderer attaches it when it is in view
      } else {
        this.tree.addDormant(json, record);
      }
      this.itemsChanged(parent);
      return;
    }
    const host = this.childHostOf(parentId, node ?? json);
    const reference = this.siblingElement(before, host);
    if (node) placeBefore(host, node.el, reference);
    else host.insertBefore(this.build(json), reference);
  }

  /** Indexes the dormant controls of the lists just built a little at a time, when idle. */
  scheduleIndexing() {
    if (this.indexing) return;
    this.indexing = true;
    const idle = window.requestIdleCallback ?? ((run) => setTimeout(() => run({ timeRemaining: () => 8 }), 16));
    const step = (deadline) => {
      if (this.tree.indexSome(() => deadline.timeRemaining() > 1)) this.indexing = false;
      else idle(step);
    };
    idle(step);
  }

  /** Asks a virtual parent's renderer to lay its items out again once the patch is applied. */
  itemsChanged(list) {
    if (list.virtual.scheduled) return;
    list.virtual.scheduled = true;
    this.pending.push(() => {
      list.virtual.scheduled = false;
      if (this.tree.get(list.id) === list) list.renderer.itemsChanged?.(list.el, list.ctx);
    });
  }

  /**
   * Builds a virtual parent's item (its element is the renderer's to attach) and returns the
   * element. Deferred callbacks of what was built run in a microtask, after the renderer has put
   * the element in place.
   */
  materialize(record) {
    if (!record.node) {
      const json = record.json;
      try {
        if (!json) throw new Mismatch('an item that could not be built');
        this.build(json);
      } catch (error) {
        if (!(error instanceof Mismatch)) throw error;
        if (json) console.warn(`weft: left out an item: ${error.message}`, json);
        record.json = null;
        return document.createElement('div'); // an empty item, so the list stays in order
      }
      this.tree.dropDormant(json);
      record.json = null;
      record.node = this.tree.get(record.id);
      record.node.item = record;
      if (this.pending.length > 0 && !this.flushQueued) {
        this.flushQueued = true;
        queueMicrotask(() => {
          this.flushQueued = false;
          this.flush();
        });
      }
    }
    return record.node.el;
  }

  /** Builds the element of a control and, recursively, of its children. */
  build(control) {
    if (!control || !Number.isInteger(control.id)) throw new Mismatch('a control without an integer id');
    const renderer = rendererFor(control.type);
    const node = { id: control.id, type: control.type, props: { ...(control.props ?? {}) }, el: null, renderer, ctx: null };
    node.ctx = this.context(node);
    if (renderer.virtual) node.virtual = new VirtualItems(node);
    node.el = this.createElement(node);
    this.tree.add(node);
    const children = Array.isArray(control.children) ? control.children : [];
    if (node.virtual) {
      node.el.setAttribute('data-weft-virtual', '');
      for (const child of children) {
        if (!child || !Number.isInteger(child.id)) {
          console.warn('weft: left out a child: a control without an integer id', child);
          continue;
        }
        const record = itemRecord(child.id, child);
        record.list = node;
        node.virtual.records.push(record);
      }
      this.tree.queueIndex(node.virtual.records.slice()); // indexed in idle time (tree.js)
      this.scheduleIndexing();
    } else if (children.length > 0) {
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
      // virtual parents: the element of an item, built on first use
      materialize: (record) => this.materialize(record),
    };
  }

  /** Runs the deferred callbacks, also those queued meanwhile (a list building its items). */
  flush() {
    while (this.pending.length > 0) {
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
    const lists = new Map(); // virtual lists' own scroll positions, by control id
    for (const el of this.mount.querySelectorAll('[data-weft-virtual]')) {
      const node = this.tree.nodeOf(el);
      if (node?.el === el && node.renderer.saveState) lists.set(node.id, node.renderer.saveState(el));
    }
    return {
      lists,
      scrollTop: page ? page.scrollTop : 0,
      focusId: owner?.id,
      selection: active && 'selectionStart' in active && active.selectionStart !== null
        ? [active.selectionStart, active.selectionEnd] : null,
    };
  }

  restoreViewState({ lists, scrollTop, focusId, selection }) {
    const page = this.mount.firstElementChild;
    if (page && scrollTop) page.scrollTop = scrollTop;
    for (const [id, state] of lists) {
      const node = this.tree.get(id);
      node?.renderer.restoreState?.(node.el, state, node.ctx);
    }
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
