// What the three charts (lineChart.js, barChart.js, pieChart.js) share: the frame (a role=figure
// <div> named by the chart's label, holding one <svg> and an HTML tooltip), redrawing once per
// patch, the width it is drawn at, tooltips, and the keyboard.
//
// The data are child controls (points, rods, sections) whose renderers make small SVG elements
// in their series' or group's <g>; they draw nothing themselves. When one is created or changes it
// tells its chart (found by walking up the DOM: `chartOf`), which redraws in ctx.afterPatch, once
// for the whole patch, whatever changed in it. A removed child has no renderer hook, so the chart
// watches its data layer with a MutationObserver for removals only.
//
// Keyboard: one tab stop in the chart (roving tabindex over its points, rods or sections); arrows
// move between them, Home/End go to the ends, Enter/Space is a tap. The focused element gets
// role=img and an aria-label with its values (only that one: a label on each of 1,000 points would
// be kept up to date for nothing), and the tooltip shows them, as on hover. The tooltip itself is
// aria-hidden: it repeats the focused element's name.

import { color } from '../style.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The Material roles a chart's series, rods and sections take by position, and the text on each. */
export const PALETTE = ['primary', 'tertiary', 'secondary', 'error'];
// The strong roles first: the containers are faint on the page's background (under 3:1).
export const PIE_PALETTE = [
  ['primary', 'onPrimary'], ['tertiary', 'onTertiary'], ['secondary', 'onSecondary'], ['error', 'onError'],
  ['primaryContainer', 'onPrimaryContainer'], ['tertiaryContainer', 'onTertiaryContainer'],
  ['secondaryContainer', 'onSecondaryContainer'],
];

let nextId = 1;

export function svg(name, className) {
  const el = document.createElementNS(SVG_NS, name);
  if (className) el.setAttribute('class', className);
  return el;
}

/** The chart a data element belongs to, or null while it is not in one. */
export function chartOf(el) {
  return el.closest('.weft-chart')?.weftChart ?? null;
}

/** A colour property as CSS, or the palette's role at `index` when unset. */
export function paletteColor(value, index) {
  return color(value) || color(PALETTE[index % PALETTE.length]);
}

/** A number for people: at most `decimals` decimals, no trailing zeros. */
export function formatNumber(value, decimals = 2) {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toFixed(Math.max(0, Math.min(10, decimals)))));
}

/** Decimals that show the steps of a tick interval. */
export function decimalsFor(step) {
  if (!(step > 0)) return 2;
  return Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) + 0.001)));
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) near `rough`. */
export function niceStep(rough) {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return power * (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10);
}

/** The values from `min` to `max` at multiples of `step` (at most 200 of them). */
export function ticks(min, max, step) {
  const out = [];
  if (!(step > 0) || !(max >= min)) return out;
  const first = Math.ceil(min / step - 1e-9) * step;
  for (let v = first, i = 0; v <= max + step * 1e-9 && i < 200; i += 1, v = first + i * step) {
    out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return out;
}

/**
 * The y range to show: minY/maxY when given, else the data's, widened to whole label steps (and to
 * include 0 when `withZero`, as bars grow from it).
 */
export function valueDomain(dataMin, dataMax, props, targetTicks, withZero) {
  let lo = Number.isFinite(dataMin) ? dataMin : 0;
  let hi = Number.isFinite(dataMax) ? dataMax : 1;
  if (withZero) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
  if (lo === hi) { lo -= 1; hi += 1; }
  const axis = props.leftAxis ?? {};
  const step = axis.labelsInterval ?? niceStep((hi - lo) / targetTicks);
  const min = typeof props.minY === 'number' ? props.minY : Math.floor(lo / step + 1e-9) * step;
  const max = typeof props.maxY === 'number' ? props.maxY : Math.ceil(hi / step - 1e-9) * step;
  return { min, max: max > min ? max : min + step, step };
}

/**
 * The renderer of a chart whose drawing lives in a {@link ChartFrame} subclass: the frame draws
 * once the first patch is in the DOM, and again (once per patch) when a property changes or a
 * data control comes, moves or goes.
 */
export function chartRenderer(Frame) {
  return {
    create(props, ctx) {
      const frame = new Frame(ctx);
      ctx.afterPatch(() => frame.redrawNow(true));
      return frame.el;
    },

    update(el, delta, ctx) {
      el.weftChart.schedule(ctx, true);
    },

    childHost(el) {
      const frame = el.weftChart;
      if (frame.el.isConnected) frame.schedule(frame.ctx, true); // a data control comes, moves or goes
      return frame.data;
    },
  };
}

export class ChartFrame {
  /**
   * @param ctx the chart control's ctx (for its events)
   * @param kind 'line', 'bar' or 'pie'
   */
  constructor(ctx, kind) {
    this.ctx = ctx;
    this.kind = kind;
    this.width = 0;
    this.height = 0;
    this.scheduled = false;
    this.full = true; // the next redraw lays everything out
    this.active = null; // the element whose tooltip shows
    this.stop = null; // the element with tabindex 0
    this.hoverKey = null; // what the last hover event named, so each is sent once

    const el = document.createElement('div');
    el.className = `weft-chart weft-chart--${kind}`;
    el.setAttribute('role', 'figure');
    el.weftChart = this;
    this.el = el;
    this.svg = svg('svg', 'weft-chart-svg');
    this.summary = document.createElement('p');
    this.summary.className = 'weft-chart-summary weft-visually-hidden';
    this.summary.id = `weft-chart-summary-${nextId++}`;
    el.setAttribute('aria-describedby', this.summary.id);
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'weft-chart-tooltip';
    this.tooltip.setAttribute('aria-hidden', 'true');
    this.tooltip.hidden = true;
    el.append(this.svg, this.summary, this.tooltip);

    this.wireKeyboard();
    // The size is taken from here, not measured at each redraw: measuring right after a patch
    // would force the browser to lay the page out in the middle of our script.
    this.resizes = new ResizeObserver((entries) => {
      const { width, height } = entries[entries.length - 1].contentRect;
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        this.redrawNow(true);
      }
    });
    this.resizes.observe(el);
  }

  /** Watches `layer` for removed data controls: the chart must redraw without them. */
  watchRemovals(layer) {
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === 1 && node.hasAttribute('data-weft-id')) {
            if (node === this.stop) this.stop = null;
            if (node === this.active || node.contains(this.active)) this.hideTooltip();
            this.redrawNow(true);
            return;
          }
        }
      }
    }).observe(layer, { childList: true, subtree: true });
  }

  measure() {
    return { width: this.el.clientWidth, height: this.el.clientHeight };
  }

  /** Redraws once when the current patch is done; `full` lays out everything, not only what changed. */
  schedule(ctx, full = false) {
    if (full) this.full = true;
    if (this.scheduled) return;
    this.scheduled = true;
    ctx.afterPatch(() => {
      this.scheduled = false;
      this.redrawNow(false);
    });
  }

  redrawNow(everything) {
    if (everything) this.full = true;
    if (!this.el.isConnected) return; // drawn when it arrives (the ResizeObserver)
    if (this.width === 0) { // first drawn: the ResizeObserver has not reported yet
      const { width, height } = this.measure();
      this.width = width;
      this.height = height;
    }
    if (this.width === 0 || this.height === 0) return; // hidden: drawn when it shows
    const full = this.full;
    this.full = false;
    this.draw(full);
    if (this.stop === null || !this.stop.isConnected) this.setStop(this.items()[0] ?? null);
    if (this.active?.isConnected) this.showTooltip(this.active);
  }

  /** What subclasses do: lay out (all, or only what changed) and name the chart. */
  draw(/* full */) {}

  /** The focusable data elements, in reading order. */
  items() { return []; }

  /** The element an arrow key leads to from `el`, or null. */
  neighbour(/* el, key */) { return null; }

  /** The tooltip's lines for element `el`: [heading, ...lines]. */
  tooltipLines(/* el */) { return []; }

  /** The event data (besides type) naming `el`, e.g. {series: 0, point: 3}. */
  eventData(/* el */) { return {}; }

  /** The element (in the chart) the pointer at a DOM event is over, or null. */
  itemAt(event) {
    const target = event.target;
    return target instanceof Element && target.matches('[data-weft-id]') && this.el.contains(target)
      && target !== this.el ? this.itemOf(target) : null;
  }

  itemOf(el) { return el; }

  interactive() {
    return this.ctx.node.props.interactive !== false;
  }

  /** Names the chart: its label, or what it is; the summary says what it shows. */
  setName(fallback, summary) {
    const label = this.ctx.node.props.label;
    this.el.setAttribute('aria-label', typeof label === 'string' && label ? label : fallback);
    if (this.summary.textContent !== summary) this.summary.textContent = summary;
  }

  setStop(el) {
    if (this.stop === el) return;
    if (this.stop?.isConnected) {
      this.stop.setAttribute('tabindex', '-1');
      if (this.stop !== document.activeElement) unlabel(this.stop);
    }
    this.stop = el;
    if (el && this.interactive()) {
      el.setAttribute('tabindex', '0');
      this.label(el);
    }
  }

  /** Gives `el` its role and accessible name (its tooltip's text). */
  label(el) {
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', this.tooltipLines(el).join(', '));
  }

  wireKeyboard() {
    const el = this.el;
    el.addEventListener('keydown', (event) => {
      const item = this.itemOf(event.target);
      if (!item || !this.interactive() || item === this.el) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.send('tap', item);
        return;
      }
      const next = this.neighbour(item, event.key);
      if (next === undefined) return;
      event.preventDefault();
      if (next) this.focusItem(next);
    });
    el.addEventListener('focusin', (event) => {
      const item = this.itemOf(event.target);
      if (!item || item === this.el || !this.interactive()) return;
      this.setStop(item);
      this.label(item);
      this.showTooltip(item);
      this.send('hover', item);
    });
    el.addEventListener('focusout', (event) => {
      const item = this.itemOf(event.target);
      if (item && item !== this.stop) unlabel(item);
      if (!el.contains(event.relatedTarget)) {
        this.hideTooltip();
        this.send('exit', null);
      }
    });
    el.addEventListener('pointermove', (event) => {
      if (!this.interactive() || event.pointerType === 'touch') return;
      const item = this.itemAt(event);
      if (item) {
        this.showTooltip(item, event);
        this.send('hover', item);
      }
    });
    el.addEventListener('pointerleave', () => {
      if (el.contains(document.activeElement) && document.activeElement !== el) {
        this.showTooltip(this.itemOf(document.activeElement));
      } else {
        this.hideTooltip();
        this.send('exit', null);
      }
    });
    el.addEventListener('click', (event) => {
      if (!this.interactive()) return;
      const item = this.itemAt(event);
      if (item) {
        this.showTooltip(item, event);
        this.send('tap', item);
      }
    });
  }

  focusItem(item) {
    this.setStop(item);
    item.focus({ preventScroll: false });
  }

  /** Sends a chart event when the app listens; a hover only when it names something new. */
  send(type, item) {
    const data = item ? { type, ...this.eventData(item) } : { type };
    const text = JSON.stringify(data);
    if (type !== 'tap') {
      if (text === this.hoverKey) return;
      this.hoverKey = text;
    }
    this.ctx.emit('chart', text);
  }

  showTooltip(item, event) {
    if (!item) return;
    const lines = this.tooltipLines(item);
    if (lines.length === 0) return;
    if (this.active && this.active !== item) this.active.classList.remove('weft-chart-active');
    this.active = item;
    item.classList.add('weft-chart-active');
    const tip = this.tooltip;
    tip.replaceChildren(...lines.map((line, i) => {
      const div = document.createElement('div');
      if (i === 0) div.className = 'weft-chart-tooltip-title';
      div.textContent = line;
      return div;
    }));
    const bg = color(this.ctx.node.props.tooltipBgcolor);
    tip.style.background = bg;
    tip.hidden = false;
    this.placeTooltip(item, event);
  }

  placeTooltip(item) {
    const box = this.el.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    const tip = this.tooltip;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let left = at.left - box.left + at.width / 2 - w / 2;
    let top = at.top - box.top - h - 8;
    if (top < 0) top = at.bottom - box.top + 8;
    left = Math.max(0, Math.min(left, box.width - w));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  hideTooltip() {
    this.active?.classList.remove('weft-chart-active');
    this.active = null;
    this.tooltip.hidden = true;
  }
}

function unlabel(el) {
  el.removeAttribute('role');
  el.removeAttribute('aria-label');
}
