// The axes and grid of a line or bar chart: where the plot goes inside the chart's box (room for
// the labels and titles), the labels' text and place, and the grid lines. Redrawn only when the
// chart's size, range or axes change, never for a point that moves inside the range.

import { color } from '../style.js';
import { decimalsFor, formatNumber, svg, ticks } from './chartFrame.js';

const CHAR_WIDTH = 7; // of the 12px labels, near enough to size the left margin before drawing
const TITLE_SIZE = 20;

/** The labels of an axis for a range: the given ones inside it, else round numbers every `step`. */
export function axisLabels(axis, min, max, step) {
  if (axis?.showLabels === false) return [];
  if (Array.isArray(axis?.labels) && axis.labels.length > 0) {
    return axis.labels
      .filter((l) => typeof l?.value === 'number' && l.value >= min - 1e-9 && l.value <= max + 1e-9)
      .map((l) => ({ value: l.value, text: String(l.label ?? '') }));
  }
  const decimals = decimalsFor(step);
  return ticks(min, max, step).map((value) => ({ value, text: formatNumber(value, decimals) }));
}

/** The label an axis gives value `value`, or the number itself. */
export function labelFor(axis, value, decimals = 2) {
  const given = Array.isArray(axis?.labels) ? axis.labels.find((l) => Math.abs(l?.value - value) < 1e-9) : null;
  return given ? String(given.label ?? '') : formatNumber(value, decimals);
}

/** The plot's rectangle inside a chart `width`×`height`, given the y labels it must make room for. */
export function plotArea(width, height, props, yLabels) {
  const left = props.leftAxis ?? {};
  const bottom = props.bottomAxis ?? {};
  const yLabelSize = left.showLabels === false ? 0
    : left.labelsSize ?? Math.max(16, ...yLabels.map((l) => l.text.length * CHAR_WIDTH)) + 8;
  const xLabelSize = bottom.showLabels === false ? 0 : bottom.labelsSize ?? 24;
  const l = yLabelSize + (left.title ? TITLE_SIZE : 0) + 4;
  const b = xLabelSize + (bottom.title ? TITLE_SIZE : 0) + 4;
  return { left: l, top: 12, right: Math.max(l + 10, width - 16), bottom: Math.max(22, height - b) };
}

/**
 * Draws the axes' labels and titles, the grid and the base line into `layer` (emptied first).
 * `x` and `y` are {labels: [{value, text}], scale: value → px, gridValues?: [...]}.
 */
export function drawAxes(layer, props, plot, x, y) {
  const parts = [];
  const hGrid = props.horizontalGridLines;
  if (hGrid && typeof hGrid === 'object') {
    const values = hGrid.interval ? ticks(y.min, y.max, hGrid.interval) : y.labels.map((l) => l.value);
    for (const v of values) parts.push(gridLine(hGrid, plot.left, y.scale(v), plot.right, y.scale(v)));
  }
  const vGrid = props.verticalGridLines;
  if (vGrid && typeof vGrid === 'object') {
    const values = vGrid.interval && x.min !== undefined ? ticks(x.min, x.max, vGrid.interval)
      : x.labels.map((l) => l.value);
    for (const v of values) parts.push(gridLine(vGrid, x.scale(v), plot.top, x.scale(v), plot.bottom));
  }
  const base = svg('line', 'weft-chart-baseline');
  setLine(base, plot.left, plot.bottom, plot.right, plot.bottom);
  parts.push(base);

  for (const label of y.labels) {
    const t = text('weft-chart-label', label.text);
    t.setAttribute('x', String(plot.left - 8));
    t.setAttribute('y', String(y.scale(label.value)));
    t.setAttribute('text-anchor', 'end');
    t.setAttribute('dominant-baseline', 'middle');
    parts.push(t);
  }
  for (const label of x.labels) {
    const t = text('weft-chart-label', label.text);
    t.setAttribute('x', String(x.scale(label.value)));
    t.setAttribute('y', String(plot.bottom + 8));
    t.setAttribute('text-anchor', 'middle');
    t.setAttribute('dominant-baseline', 'hanging');
    parts.push(t);
  }
  const leftTitle = props.leftAxis?.title;
  if (leftTitle) {
    const t = text('weft-chart-title', leftTitle);
    const cy = (plot.top + plot.bottom) / 2;
    t.setAttribute('transform', `translate(12 ${cy}) rotate(-90)`);
    t.setAttribute('text-anchor', 'middle');
    t.setAttribute('dominant-baseline', 'middle');
    parts.push(t);
  }
  const bottomTitle = props.bottomAxis?.title;
  if (bottomTitle) {
    const t = text('weft-chart-title', bottomTitle);
    const size = props.bottomAxis.showLabels === false ? 0 : props.bottomAxis.labelsSize ?? 24;
    t.setAttribute('x', String((plot.left + plot.right) / 2));
    t.setAttribute('y', String(plot.bottom + size + 12));
    t.setAttribute('text-anchor', 'middle');
    t.setAttribute('dominant-baseline', 'middle');
    parts.push(t);
  }
  layer.replaceChildren(...parts);
}

/** A rectangle of colour `bg` behind the plot. */
export function plotBackground(plot, bg) {
  const rect = svg('rect', 'weft-chart-bg');
  rect.setAttribute('x', String(plot.left));
  rect.setAttribute('y', String(plot.top));
  rect.setAttribute('width', String(plot.right - plot.left));
  rect.setAttribute('height', String(plot.bottom - plot.top));
  rect.style.fill = color(bg);
  return rect;
}

function gridLine(spec, x1, y1, x2, y2) {
  const line = svg('line', 'weft-chart-grid');
  setLine(line, x1, y1, x2, y2);
  if (spec.color) line.style.stroke = color(spec.color);
  if (typeof spec.width === 'number') line.style.strokeWidth = `${spec.width}px`;
  if (Array.isArray(spec.dashPattern)) line.style.strokeDasharray = spec.dashPattern.join(' ');
  return line;
}

function setLine(line, x1, y1, x2, y2) {
  line.setAttribute('x1', String(x1));
  line.setAttribute('y1', String(y1));
  line.setAttribute('x2', String(x2));
  line.setAttribute('y2', String(y2));
}

function text(className, content) {
  const t = svg('text', className);
  t.textContent = content;
  return t;
}
