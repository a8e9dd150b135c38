// Windowing for the virtual parents (listView, gridView): shows only the items in the visible
// part of the list and a margin around it, each in an absolutely positioned role=listitem
// wrapper inside a role=list host as long as all the items together. Absolute positions rather
// than spacers: any item can stay attached anywhere (the one holding the keyboard focus, while
// the user scrolls far away) without shifting the others.
//
// The visible part is the intersection of the host's rectangle with the viewport and every
// clipping ancestor, so the same code serves a list that is its own scroller (a height or
// `expand`: overflow auto) and one that grows with its items inside a scrolling page. It is
// computed again on scroll (a passive listener on those ancestors, once per animation frame), on
// resize (ResizeObserver on the list and on the shown items, whose content patches may change),
// and at the end of each patch that changed the items. Where an item is comes from the sizes
// before it: a list measures each item once shown (estimating the others by `itemExtent` or the
// average so far, and keeping the first visible item still when an estimate proves wrong); a grid
// computes everything from its width, columns and aspect ratio.

const FOCUSABLE = 'input, textarea, select, button, a[href], [tabindex]:not([tabindex="-1"])';
const ESTIMATE = 56; // a two-line Material list item, until one is measured
const MIN_OVERSCAN = 200; // px built beyond each edge of the visible part, at least
const SCROLL_REST_MS = 150; // `scroll` is sent when the list has been still this long
const MAX_SHOWN = 400; // a safety net: items of no size (hidden ones) must not all be built

const VERTICAL = {
  start: 'top', end: 'bottom', size: 'height', cross: 'left', crossSize: 'width',
  scroll: 'scrollTop', client: 'clientHeight', scrollSize: 'scrollHeight', clientCross: 'clientWidth',
  viewport: () => window.innerHeight,
};
const HORIZONTAL = {
  start: 'left', end: 'right', size: 'width', cross: 'top', crossSize: 'height',
  scroll: 'scrollLeft', client: 'clientWidth', scrollSize: 'scrollWidth', clientCross: 'clientHeight',
  viewport: () => window.innerWidth,
};

const num = (value, fallback) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);

/** Whether an element clips its content (so it bounds what of the list can be seen). */
function clips(el) {
  const style = getComputedStyle(el);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

export class VirtualList {
  /**
   * @param {Element} el    the list's element (a scroller when sized)
   * @param {Element} host  the role=list element holding the item wrappers
   * @param {object} ctx    the renderer's context (DomPatch.context)
   * @param {'list'|'grid'} kind
   */
  constructor(el, host, ctx, kind) {
    this.el = el;
    this.host = host;
    this.ctx = ctx;
    this.kind = kind;
    this.shown = new Map(); // record -> wrapper, for the wrappers in the host
    this.clippers = null; // the clipping ancestors, found on the first layout after a resize
    this.listening = null; // AbortController of the scroll listeners on them
    this.frame = 0;
    this.measuredSum = 0;
    this.measuredCount = 0;
    this.endSentAt = -1; // the item count when scrollEnd was last sent
    this.restTimer = 0;
    this.width = -1;
    this.resizes = new ResizeObserver((entries) => this.resized(entries));
    this.resizes.observe(el);
  }

  get records() {
    return this.ctx.node.virtual.records;
  }

  get axis() {
    return this.ctx.node.props.horizontal === true ? HORIZONTAL : VERTICAL;
  }

  /** Lays out at the next animation frame (at most once a frame). */
  schedule(scrolled = false) {
    if (scrolled) this.scrolled = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  resized(entries) {
    for (const entry of entries) {
      if (entry.target === this.el) {
        const width = entry.contentRect.width;
        if (width !== this.width) {
          this.width = width;
          this.clippers = null; // the page around may have changed too
        }
      }
    }
    this.schedule();
  }

  /** Finds the clipping ancestors and listens to their scrolling (and the window's). */
  watchScrolling() {
    this.listening?.abort();
    this.listening = new AbortController();
    const options = { passive: true, signal: this.listening.signal };
    const onScroll = () => this.onScroll();
    this.clippers = [];
    for (let a = this.host.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
      if (clips(a)) {
        this.clippers.push(a);
        a.addEventListener('scroll', onScroll, options);
      }
    }
    window.addEventListener('scroll', onScroll, options);
  }

  onScroll() {
    this.schedule(true);
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => {
      if (this.el.isConnected) this.ctx.emit('scroll', Math.round(Math.max(0, this.visible()?.start ?? 0)));
    }, SCROLL_REST_MS);
  }

  /** The part of the host that can be seen, in host coordinates along the main axis, or null. */
  visible() {
    const axis = this.axis;
    const rect = this.host.getBoundingClientRect();
    let start = 0;
    let end = axis.viewport();
    for (const a of this.clippers) {
      const r = a.getBoundingClientRect();
      const inner = r[axis.start] + (axis === VERTICAL ? a.clientTop : a.clientLeft);
      start = Math.max(start, inner);
      end = Math.min(end, inner + a[axis.client]);
    }
    return { start: start - rect[axis.start], end: end - rect[axis.start] };
  }

  /** The nearest ancestor that scrolls the list, for keeping the view still and autoScroll. */
  scroller() {
    const axis = this.axis;
    for (const a of this.clippers ?? []) if (a[axis.scrollSize] > a[axis.client] + 1) return a;
    return this.clippers?.[0] ?? document.scrollingElement;
  }

  /** Called by DomPatch at the end of a patch that inserted, removed or moved items. */
  itemsChanged() {
    const virtual = this.ctx.node.virtual;
    const grew = virtual.grew;
    virtual.grew = false;
    this.layout();
    if (grew && this.ctx.node.props.autoScroll === true) this.scrollToEnd();
  }

  scrollToEnd() {
    if (!this.el.isConnected) return;
    const axis = this.axis;
    // sizes of items never shown are estimates: scroll, measure what came into view, again
    for (let i = 0; i < 4; i++) {
      const scroller = this.scroller();
      const hostEnd = this.host.getBoundingClientRect()[axis.end];
      const box = scroller === document.scrollingElement ? axis.viewport() : scroller.getBoundingClientRect()[axis.start] + scroller[axis.client];
      const delta = hostEnd + this.padEnd() - box;
      if (Math.abs(delta) < 1) break;
      scroller[axis.scroll] += delta;
      this.layout();
    }
  }

  padEnd() {
    const style = getComputedStyle(this.el);
    return parseFloat(this.axis === VERTICAL ? style.paddingBottom : style.paddingRight) || 0;
  }

  /** The keyboard focus's item, kept attached wherever it is. */
  focusedRecord() {
    const active = document.activeElement;
    if (!active || !this.host.contains(active)) return null;
    for (const [record, wrapper] of this.shown) if (wrapper.contains(active)) return record;
    return null;
  }

  layout() {
    if (!this.el.isConnected) { // left the page (or its item scrolled out): listen again on return
      this.listening?.abort();
      this.listening = null;
      this.clippers = null;
      return;
    }
    if (this.el.getClientRects().length === 0) return; // not displayed (display: none): nothing to see
    if (!this.clippers) this.watchScrolling();
    const scrolled = this.scrolled;
    this.scrolled = false;
    const seen = this.visible();
    if (this.kind === 'grid') this.layoutGrid(seen);
    else this.layoutList(seen);
    this.updateFocusability();
    if (scrolled) this.checkEnd(seen);
  }

  overscan() {
    return Math.max(MIN_OVERSCAN, this.axis.viewport() / 2);
  }

  // ------------------------------------------------------------------ list

  layoutList(seen) {
    const props = this.ctx.node.props;
    const axis = this.axis;
    const records = this.records;
    const spacing = num(props.spacing, 0);
    const fixed = typeof props.itemExtent === 'number' && props.itemExtent > 0 ? props.itemExtent : 0;
    const margin = this.overscan();
    for (let pass = 0; pass < 3; pass++) {
      const estimate = fixed || (this.measuredCount > 0 ? this.measuredSum / this.measuredCount : ESTIMATE);
      const positions = new Float64Array(records.length);
      let at = 0;
      let first = -1;
      let last = -1;
      let anchor = -1; // the first item in view: it must not move when estimates are corrected
      for (let i = 0; i < records.length; i++) {
        const record = records[i];
        record.index = i;
        const size = fixed || (record.size ?? estimate);
        positions[i] = at;
        if (at + size > seen.start - margin && at < seen.end + margin) {
          if (first < 0) first = i;
          last = i;
        }
        if (anchor < 0 && at + size > seen.start) anchor = i;
        at += size + spacing;
      }
      const total = records.length > 0 ? at - spacing : 0;
      this.host.style[axis.size] = `${total}px`;
      const wanted = this.attach(first, last);
      let crossMax = 0;
      for (const record of wanted) {
        const wrapper = this.shown.get(record);
        wrapper.style[axis.start] = `${positions[record.index]}px`;
        wrapper.style[axis.cross] = '';
      }
      if (fixed) return;
      // measure what is shown (one layout for all); correct the estimates; keep the anchor still
      let changed = false;
      for (const record of wanted) {
        const box = this.shown.get(record).getBoundingClientRect();
        const size = box[axis.size];
        crossMax = Math.max(crossMax, box[axis.crossSize]);
        if (record.size === undefined) {
          this.measuredSum += size;
          this.measuredCount += 1;
        } else {
          this.measuredSum += size - record.size;
        }
        if (record.size !== size) {
          if (Math.abs((record.size ?? estimate) - size) > 0.5) changed = true;
          record.size = size;
        }
      }
      if (axis === HORIZONTAL) this.host.style.height = `${crossMax}px`;
      if (!changed) return;
      if (anchor >= 0) { // where the anchor will be once the sizes before it are corrected
        const estimateNow = this.measuredCount > 0 ? this.measuredSum / this.measuredCount : ESTIMATE;
        let moved = 0;
        for (let i = 0; i < anchor; i++) moved += (records[i].size ?? estimateNow) + spacing;
        const delta = moved - positions[anchor];
        const scroller = this.scroller();
        if (Math.abs(delta) >= 1 && seen.start > 0 && scroller) {
          this.host.style[axis.size] = `${total + delta}px`; // room to scroll into before the next pass
          scroller[axis.scroll] += delta;
          seen = { start: seen.start + delta, end: seen.end + delta };
        }
      }
    }
  }

  // ------------------------------------------------------------------ grid

  layoutGrid(seen) {
    const props = this.ctx.node.props;
    const axis = this.axis;
    const records = this.records;
    const spacing = num(props.spacing, 0);
    const runSpacing = num(props.runSpacing, 0);
    const width = this.host[axis.clientCross];
    const maxExtent = num(props.maxExtent, 0);
    const runs = maxExtent > 0
      ? Math.max(1, Math.ceil((width + runSpacing) / (maxExtent + runSpacing)))
      : Math.max(1, Number.isInteger(props.runsCount) ? props.runsCount : 1);
    const cell = Math.max(0, (width - (runs - 1) * runSpacing) / runs);
    const ratio = num(props.childAspectRatio, 1) || 1;
    const along = axis === VERTICAL ? cell / ratio : cell * ratio; // a cell's size along the scroll
    const lines = Math.ceil(records.length / runs);
    const step = along + spacing;
    if (!(step > 0)) { // no width yet: nothing can be placed
      this.attach(-1, -1);
      return;
    }
    this.host.style[axis.size] = `${lines > 0 ? lines * step - spacing : 0}px`;
    const margin = this.overscan();
    const firstLine = Math.max(0, Math.floor((seen.start - margin) / step));
    const lastLine = Math.min(lines - 1, Math.floor((seen.end + margin) / step));
    const first = firstLine * runs;
    const last = lastLine < firstLine ? -1 : Math.min(records.length - 1, (lastLine + 1) * runs - 1);
    for (let i = Math.max(0, first); i <= last; i++) records[i].index = i;
    const wanted = this.attach(last < 0 ? -1 : first, last);
    for (const record of wanted) {
      if (record.index === undefined || records[record.index] !== record) record.index = records.indexOf(record);
      const wrapper = this.shown.get(record);
      const line = Math.floor(record.index / runs);
      wrapper.style[axis.start] = `${line * step}px`;
      wrapper.style[axis.cross] = `${(record.index % runs) * (cell + runSpacing)}px`;
      wrapper.style[axis.size] = `${along}px`;
      wrapper.style[axis.crossSize] = `${cell}px`;
    }
  }

  // ------------------------------------------------------------------ attaching

  /**
   * Makes the host hold exactly the wrappers of items first..last (and the focused item's),
   * in list order; returns their records.
   */
  attach(first, last) {
    const records = this.records;
    const wanted = [];
    const focused = this.focusedRecord();
    if (focused && !focused.removed && (focused.index < first || focused.index > last)) {
      if (records[focused.index] !== focused) focused.index = records.indexOf(focused);
      if (focused.index >= 0 && focused.index < first) wanted.push(focused);
    }
    if (last - first >= MAX_SHOWN) last = first + MAX_SHOWN - 1;
    for (let i = first; i >= 0 && i <= last; i++) wanted.push(records[i]);
    if (focused && focused.index > last) wanted.push(focused);
    const keep = new Set(wanted);
    for (const [record, wrapper] of this.shown) {
      if (!keep.has(record)) {
        wrapper.remove();
        this.resizes.unobserve(wrapper);
        this.shown.delete(record);
      }
    }
    const size = String(records.length);
    let ordered = true;
    let previous = -1;
    for (let i = wanted.length - 1, ref = null; i >= 0; i--) {
      const record = wanted[i];
      let wrapper = this.shown.get(record);
      const el = this.ctx.materialize(record);
      if (!wrapper) {
        wrapper = record.wrapper ?? document.createElement('div');
        record.wrapper = wrapper;
        wrapper.className = 'weft-list-item';
        wrapper.setAttribute('role', 'listitem');
        if (el.parentElement !== wrapper) wrapper.replaceChildren(el);
        this.host.insertBefore(wrapper, ref);
        this.shown.set(record, wrapper);
        this.resizes.observe(wrapper);
      } else if (el.parentElement !== wrapper) {
        wrapper.replaceChildren(el); // the item's element was re-created while away
      }
      ref = wrapper;
      wrapper.setAttribute('aria-setsize', size);
      wrapper.setAttribute('aria-posinset', String(record.index + 1));
    }
    // items moved by a patch: put the wrappers back in list order (Tab follows the DOM)
    for (const record of wanted) {
      const wrapper = this.shown.get(record);
      if (wrapper.parentElement !== this.host) continue;
      if (record.index < previous) ordered = false;
      previous = record.index;
    }
    if (!ordered) for (const record of wanted) moveToEnd(this.host, this.shown.get(record));
    return wanted;
  }

  /** A scrolling list whose items cannot take the focus is a Tab stop itself (to scroll by keys). */
  updateFocusability() {
    const axis = this.axis;
    const scrolls = this.el[axis.scrollSize] > this.el[axis.client] + 1;
    const needed = scrolls && this.host.querySelector(FOCUSABLE) === null;
    if (needed) this.el.tabIndex = 0;
    else if (document.activeElement !== this.el) this.el.removeAttribute('tabindex');
  }

  /** scrollEnd: once when the user reaches the last item, again only after more items came. */
  checkEnd(seen) {
    const count = this.records.length;
    if (count === 0 || count <= this.endSentAt) return;
    const total = parseFloat(this.host.style[this.axis.size]) || 0;
    if (seen.end >= total - 1) {
      this.endSentAt = count;
      this.ctx.emit('scrollEnd', null);
    }
  }

  /** The scroll offsets of the list's own scroller, for a re-render after a reconnect. */
  saveState() {
    return { top: this.el.scrollTop, left: this.el.scrollLeft, endSentAt: this.endSentAt };
  }

  restoreState({ top, left, endSentAt }) {
    this.endSentAt = endSentAt;
    this.el.scrollTop = top;
    this.el.scrollLeft = left;
    this.layout();
    if (this.el.scrollTop !== top || this.el.scrollLeft !== left) { // estimates were too small
      this.el.scrollTop = top;
      this.el.scrollLeft = left;
      this.layout();
    }
  }
}

function moveToEnd(host, wrapper) {
  if (typeof host.moveBefore === 'function') {
    try {
      host.moveBefore(wrapper, null);
      return;
    } catch {
      // fall through
    }
  }
  const active = document.activeElement;
  host.append(wrapper);
  if (active && wrapper.contains(active) && document.activeElement !== active) active.focus({ preventScroll: true });
}
