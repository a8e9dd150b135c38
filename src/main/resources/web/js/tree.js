// The client's mirror of the server's page tree: control id -> node. A node holds the control's
// type, its current properties (only those that differ from their defaults, as on the wire), its
// renderer and its DOM element. The DOM itself is the structure: children live inside their
// parent's child host, so a subtree is found by walking its element.

export const ID_ATTRIBUTE = 'data-weft-id';

export class Tree {
  constructor() {
    /** @type {Map<number, {id: number, type: string, props: object, el: Element, renderer: object}>} */
    this.nodes = new Map();
  }

  get(id) {
    return this.nodes.get(id);
  }

  has(id) {
    return this.nodes.has(id);
  }

  add(node) {
    this.nodes.set(node.id, node);
  }

  clear() {
    this.nodes.clear();
  }

  /** The node whose element is `el` or the nearest control element around it. */
  nodeOf(el) {
    const owner = el?.closest?.(`[${ID_ATTRIBUTE}]`);
    return owner ? this.nodes.get(Number(owner.getAttribute(ID_ATTRIBUTE))) : undefined;
  }

  /** Forgets a control and all its descendants (their elements are inside its element). */
  dropSubtree(id) {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const el of node.el.querySelectorAll(`[${ID_ATTRIBUTE}]`)) {
      const childId = Number(el.getAttribute(ID_ATTRIBUTE));
      if (this.nodes.get(childId)?.el === el) this.nodes.delete(childId);
    }
    this.nodes.delete(id);
  }

  /** Merges a props delta into a node's props: null resets a property (drops it). */
  static mergeProps(props, delta) {
    for (const [name, value] of Object.entries(delta)) {
      if (value === null) delete props[name];
      else props[name] = value;
    }
    return props;
  }
}
