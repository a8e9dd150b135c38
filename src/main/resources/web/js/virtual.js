// The items of a virtual parent (listView, gridView): a renderer that declares `virtual: true`
// gets its children as item records instead of built elements, and builds only those it shows.
//
// Why: a list of 10,000 tiles is about 30,000 controls; building their DOM costs seconds and
// keeping it attached makes every style and layout pass slow. An item that was never built stays
// the control JSON the server sent (its `json`), and every id inside it is indexed in the tree as
// a cheap dormant record (tree.js), so a `set`, `insert`, `remove` or `move` aimed inside it edits
// that JSON in O(1) and the item shows the result when it is built. A built item is a normal tree
// node (`node`); when it scrolls out, the renderer detaches its element but keeps it, so showing
// it again costs one insertion and patches keep reaching it like any node. Turning it back into
// JSON would bound memory for a user who scrolls through everything, but costs a rebuild on every
// return and a serialiser for every renderer's DOM; detached DOM is not styled or laid out, so
// the attached DOM (what makes a page slow) stays proportional to the visible items either way.

/** One item of a virtual parent: the control JSON until built, then the built node. */
export function itemRecord(id, json) {
  return { id, json, node: null, list: null, removed: false, size: undefined };
}

export class VirtualItems {
  /** @param {object} list  the tree node of the virtual parent */
  constructor(list) {
    this.list = list;
    /** @type {Array<ReturnType<typeof itemRecord>>} */
    this.records = [];
    this.grew = false; // items were added since the renderer last laid out (for autoScroll)
    this.scheduled = false; // a re-layout is queued for the end of the patch
    this.hint = 0; // where the last insert went: patches insert from last to first
  }

  get length() {
    return this.records.length;
  }

  /** The index of the item with control id `id`, or -1. */
  indexOf(id) {
    const records = this.records;
    if (records[this.hint]?.id === id) return this.hint;
    for (let i = 0; i < records.length; i++) if (records[i].id === id) return i;
    return -1;
  }

  /** Inserts `record` before the item `before` (null appends; an unknown one appends, warned). */
  insertBefore(record, before) {
    record.list = this.list;
    record.removed = false;
    let at = before === null || before === undefined ? -1 : this.indexOf(before);
    if (at < 0 && before !== null && before !== undefined) {
      console.warn(`weft: sibling ${before} is not an item of the list; appending instead`);
    }
    if (at < 0) at = this.records.length;
    this.records.splice(at, 0, record);
    this.hint = at;
    this.grew = true;
  }

  /** Takes `record` out of the list. */
  remove(record) {
    const at = this.indexOf(record.id);
    if (at >= 0) this.records.splice(at, 1);
    record.removed = true;
  }
}
