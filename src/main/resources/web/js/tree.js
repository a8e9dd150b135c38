// The client's mirror of the server's page tree: control id -> node. A node holds the control's
// type, its current properties (only those that differ from their defaults, as on the wire), its
// renderer and its DOM element. The DOM itself is the structure: children live inside their
// parent's child host, so a subtree is found by walking its element. A virtual parent (see
// virtual.js) holds its items in `node.virtual` instead: built ones (attached or not) and ones
// never built, whose controls are indexed here as dormant: id -> the item record holding the
// control's JSON. Only the id is indexed (no object per control: a 10,000-tile list has 30,000
// controls, and a render must not allocate for each); an operation on a dormant control finds
// it, and its parent, by walking its item's JSON, which is small. A render does not even index:
// the items of the virtual parents it built are queued, indexed in idle time after the first
// paint, and at once by the first look-up that needs an id not yet indexed.

export const ID_ATTRIBUTE = 'data-weft-id';

export class Tree {
  constructor() {
    /** @type {Map<number, {id: number, type: string, props: object, el: Element, renderer: object}>} */
    this.nodes = new Map();
    /** @type {Map<number, object>} dormant control id -> its item record (virtual.js) */
    this.dormant = new Map();
    /** @type {Array<{records: object[], next: number}>} item lists waiting to be indexed */
    this.unindexed = [];
  }

  /** The built node of a control, or undefined (also for a dormant one). */
  get(id) {
    return this.nodes.get(id);
  }

  /** Whether the page has the control, built or dormant. */
  has(id) {
    return this.nodes.has(id) || this.dormantItem(id) !== undefined;
  }

  add(node) {
    this.nodes.set(node.id, node);
    this.dormant.delete(node.id);
  }

  clear() {
    this.nodes.clear();
    this.dormant.clear();
    this.unindexed = [];
  }

  /** Queues a virtual parent's items (records) for indexing. */
  queueIndex(records) {
    this.unindexed.push({ records, next: 0 });
  }

  /** Indexes queued items until `more()` says stop; true when the queue is empty. */
  indexSome(more = () => true) {
    while (this.unindexed.length > 0) {
      const batch = this.unindexed[0];
      while (batch.next < batch.records.length) {
        const record = batch.records[batch.next++];
        // skipped: built since, or removed, or in a list that left the page
        if (record.json && !record.removed && this.nodes.get(record.list.id) === record.list) {
          this.addDormant(record.json, record);
        }
        if ((batch.next & 255) === 0 && !more()) return false;
      }
      this.unindexed.shift();
    }
    return true;
  }

  /** The item record of a dormant control, indexing what is queued first if need be. */
  dormantItem(id) {
    const item = this.dormant.get(id);
    if (item !== undefined || this.unindexed.length === 0) return item;
    this.indexSome();
    return this.dormant.get(id);
  }

  /** Indexes `json` and its descendants as dormant controls of the never-built `item`. */
  addDormant(json, item) {
    if (!json || !Number.isInteger(json.id)) return;
    this.dormant.set(json.id, item);
    const children = json.children;
    if (Array.isArray(children)) for (let i = 0; i < children.length; i++) this.addDormant(children[i], item);
  }

  /** Forgets a dormant control and its descendants. */
  dropDormant(json) {
    if (!json) return;
    this.dormant.delete(json.id);
    if (Array.isArray(json.children)) for (const child of json.children) this.dropDormant(child);
  }

  /**
   * A dormant control: {json, parent, item}, its JSON, its parent's JSON (null for the item's
   * own control) and its item record; undefined when `id` is not dormant.
   */
  findDormant(id) {
    if (this.nodes.has(id)) return undefined;
    const item = this.dormantItem(id);
    if (!item || !item.json) return undefined;
    const found = findIn(item.json, null, id);
    return found ? { ...found, item } : undefined;
  }

  /** The node whose element is `el` or the nearest control element around it. */
  nodeOf(el) {
    const owner = el?.closest?.(`[${ID_ATTRIBUTE}]`);
    return owner ? this.nodes.get(Number(owner.getAttribute(ID_ATTRIBUTE))) : undefined;
  }

  /**
   * Forgets a control and all its descendants: those inside its element, and the items of the
   * virtual parents among them (detached or never built, so not inside any element).
   */
  dropSubtree(id) {
    const node = this.nodes.get(id);
    if (!node) return;
    const virtuals = node.virtual ? [node] : [];
    for (const el of node.el.querySelectorAll(`[${ID_ATTRIBUTE}]`)) {
      const childId = Number(el.getAttribute(ID_ATTRIBUTE));
      const child = this.nodes.get(childId);
      if (child?.el === el) {
        if (child.virtual) virtuals.push(child);
        this.nodes.delete(childId);
      }
    }
    this.nodes.delete(id);
    for (const list of virtuals) {
      for (const record of list.virtual.records) {
        if (record.node) this.dropSubtree(record.id);
        else this.dropDormant(record.json);
      }
    }
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

function findIn(json, parent, id) {
  if (json?.id === id) return { json, parent };
  const children = json?.children;
  if (!Array.isArray(children)) return null;
  for (const child of children) {
    const found = findIn(child, json, id);
    if (found) return found;
  }
  return null;
}
