// `lineChart`, `lineChartData` (a series) and `lineChartDataPoint`: Flet's line chart as SVG.
//
//   div.weft-chart (role=figure)            lineChart
//     svg
//       g.weft-chart-axes                   labels, titles, grid (chartAxes.js)
//       g.weft-chart-data                   the chart's child host
//         g.weft-chart-series               lineChartData
//           path.weft-chart-area, path.weft-chart-line
//           g.weft-chart-points             the series' child host
//             circle.weft-chart-point       lineChartDataPoint
//
// A moved point redraws its own series' line and itself; only when the data's range changes (or
// the size, the axes, the series) is everything laid out again (chartFrame.js says when).

import { axisLabels, drawAxes, labelFor, plotArea, plotBackground } from './chartAxes.js';
import {
  ChartFrame, chartOf, chartRenderer, decimalsFor, formatNumber, niceStep, paletteColor, svg, valueDomain,
} from './chartFrame.js';
import { color } from '../style.js';

const HOVER_RADIUS = 32; // px around a point in which the pointer picks it

class LineFrame extends ChartFrame {
  constructor(ctx) {
    super(ctx, 'line');
    this.axes = svg('g', 'weft-chart-axes');
    this.data = svg('g', 'weft-chart-data');
    this.svg.append(this.axes, this.data);
    this.domain = null;
    this.dirtyPoints = new Set();
    this.watchRemovals(this.data);
  }

  series() {
    return this.data.children;
  }

  /** The x and y range: minX/maxX/minY/maxY where set, the data's elsewhere. */
  computeDomain() {
    const props = this.ctx.node.props;
    let x0 = Infinity; let x1 = -Infinity; let y0 = Infinity; let y1 = -Infinity;
    for (const series of this.series()) {
      for (const point of series.weftPoints.children) {
        const { x, y } = point.weftProps;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
    const xMin = typeof props.minX === 'number' ? props.minX : Number.isFinite(x0) ? x0 : 0;
    let xMax = typeof props.maxX === 'number' ? props.maxX : Number.isFinite(x1) ? x1 : 1;
    if (xMax <= xMin) xMax = xMin + 1;
    const y = valueDomain(y0, y1, props, Math.max(2, Math.floor(this.height / 50)), false);
    return { x0: xMin, x1: xMax, y0: y.min, y1: y.max, yStep: y.step };
  }

  draw(full) {
    const domain = this.computeDomain();
    const d = this.domain;
    if (full || !d || d.x0 !== domain.x0 || d.x1 !== domain.x1 || d.y0 !== domain.y0 || d.y1 !== domain.y1) {
      this.domain = domain;
      this.layout();
    } else {
      const changed = new Set();
      for (const point of this.dirtyPoints) {
        if (!point.isConnected) continue;
        this.place(point);
        changed.add(point.parentNode.parentNode);
      }
      for (const series of changed) this.drawLine(series);
    }
    this.dirtyPoints.clear();
  }

  /** Everything: axes, every series' style and line, every point. */
  layout() {
    const props = this.ctx.node.props;
    const { x0, x1, y0, y1, yStep } = this.domain;
    const yLabels = axisLabels(props.leftAxis, y0, y1, yStep);
    const plot = plotArea(this.width, this.height, props, yLabels);
    this.plot = plot;
    const xStep = props.bottomAxis?.labelsInterval ?? niceStep((x1 - x0) / Math.max(2, (plot.right - plot.left) / 80));
    this.xDecimals = decimalsFor(xStep);
    this.yDecimals = decimalsFor(yStep) + 1;
    this.sx = (v) => plot.left + ((v - x0) / (x1 - x0)) * (plot.right - plot.left);
    this.sy = (v) => plot.bottom - ((v - y0) / (y1 - y0)) * (plot.bottom - plot.top);
    drawAxes(this.axes, props, plot,
      { labels: axisLabels(props.bottomAxis, x0, x1, xStep), scale: this.sx, min: x0, max: x1 },
      { labels: yLabels, scale: this.sy, min: y0, max: y1 });
    if (props.bgcolor) this.axes.prepend(plotBackground(plot, props.bgcolor));
    let index = 0;
    const names = [];
    let count = 0;
    for (const series of this.series()) {
      styleSeries(series, index);
      for (const point of series.weftPoints.children) this.place(point);
      this.drawLine(series);
      names.push(seriesName(series, index));
      count += series.weftPoints.children.length;
      index += 1;
    }
    this.setName('Line chart', `${index} series (${names.join(', ')}), ${count} points; `
      + `x from ${formatNumber(x0, this.xDecimals)} to ${formatNumber(x1, this.xDecimals)}, `
      + `y from ${formatNumber(y0, this.yDecimals)} to ${formatNumber(y1, this.yDecimals)}.`);
    if (!this.placed) {
      this.placed = true;
      requestAnimationFrame(() => this.data.classList.add('weft-chart-placed'));
    }
  }

  place(point) {
    const { x, y } = point.weftProps;
    const cx = this.sx(x);
    const cy = this.sy(y);
    point.weftPos = [cx, cy];
    point.setAttribute('cx', cx.toFixed(1));
    point.setAttribute('cy', cy.toFixed(1));
  }

  drawLine(series) {
    const points = series.weftPoints.children;
    const xy = new Array(points.length);
    for (let i = 0; i < points.length; i += 1) xy[i] = points[i].weftPos ?? [0, 0];
    const line = series.weftProps.curved ? monotonePath(xy) : straightPath(xy);
    series.weftLine.setAttribute('d', line);
    if (series.weftProps.belowLineColor && xy.length > 0) {
      const bottom = this.plot.bottom.toFixed(1);
      series.weftArea.setAttribute('d',
        `${line}L${xy[xy.length - 1][0].toFixed(1)} ${bottom}L${xy[0][0].toFixed(1)} ${bottom}Z`);
    } else {
      series.weftArea.removeAttribute('d');
    }
  }

  pointChanged(point, ctx) {
    this.dirtyPoints.add(point);
    if (point === this.stop || point === this.active) this.full = true; // its label and tooltip
    this.schedule(ctx);
  }

  items() {
    const all = [];
    for (const series of this.series()) all.push(...series.weftPoints.children);
    return all;
  }

  neighbour(point, key) {
    const points = point.parentNode;
    const series = points.parentNode;
    const index = indexIn(points, point);
    switch (key) {
      case 'ArrowRight': return point.nextElementSibling;
      case 'ArrowLeft': return point.previousElementSibling;
      case 'Home': return points.firstElementChild;
      case 'End': return points.lastElementChild;
      case 'ArrowDown':
      case 'ArrowUp': {
        const other = key === 'ArrowDown' ? series.nextElementSibling : series.previousElementSibling;
        const list = other?.weftPoints.children;
        return list && list.length > 0 ? list[Math.min(index, list.length - 1)] : null;
      }
      default: return undefined;
    }
  }

  itemAt(event) {
    if (!this.sx) return null;
    const box = this.svg.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best = null;
    let bestDistance = HOVER_RADIUS * HOVER_RADIUS;
    for (const series of this.series()) {
      for (const point of series.weftPoints.children) {
        const pos = point.weftPos;
        if (!pos) continue;
        const dx = pos[0] - px;
        const dy = pos[1] - py;
        const distance = dx * dx + dy * dy;
        if (distance < bestDistance) { bestDistance = distance; best = point; }
      }
    }
    return best;
  }

  itemOf(el) {
    return el instanceof Element && el.classList.contains('weft-chart-point') ? el : null;
  }

  /** The point's x as its axis labels it, then each series' value at that x, the point's first. */
  tooltipLines(point) {
    const props = this.ctx.node.props;
    const { x } = point.weftProps;
    const lines = [labelFor(props.bottomAxis, x, this.xDecimals ?? 2)];
    const own = point.parentNode.parentNode;
    const all = [...this.series()];
    const ordered = [own, ...all.filter((s) => s !== own)];
    for (const series of ordered) {
      const match = series === own ? point
        : [...series.weftPoints.children].find((p) => p.weftProps.x === x);
      if (!match) continue;
      const tip = match.weftProps.tip;
      lines.push(typeof tip === 'string' && tip ? tip
        : `${seriesName(series, all.indexOf(series))}: ${formatNumber(match.weftProps.y, this.yDecimals ?? 2)}`);
    }
    return lines;
  }

  eventData(point) {
    const series = point.parentNode.parentNode;
    return { series: indexIn(this.data, series), point: indexIn(point.parentNode, point) };
  }
}

function seriesName(series, index) {
  const label = series.weftProps.label;
  return typeof label === 'string' && label ? label : `Series ${index + 1}`;
}

function styleSeries(series, index) {
  const props = series.weftProps;
  series.style.setProperty('--weft-chart-color', paletteColor(props.color, index));
  series.style.setProperty('--weft-chart-fill', color(props.belowLineColor) || 'transparent');
  series.weftLine.style.strokeWidth = typeof props.strokeWidth === 'number' ? `${props.strokeWidth}px` : '';
  series.weftLine.style.strokeDasharray = Array.isArray(props.dashPattern) ? props.dashPattern.join(' ') : '';
  series.classList.toggle('weft-chart-series--dotless', props.pointsVisible === false);
}

function indexIn(parent, child) {
  return Array.prototype.indexOf.call(parent.children, child);
}

function straightPath(xy) {
  if (xy.length === 0) return '';
  const parts = new Array(xy.length);
  for (let i = 0; i < xy.length; i += 1) {
    parts[i] = `${i === 0 ? 'M' : 'L'}${xy[i][0].toFixed(1)} ${xy[i][1].toFixed(1)}`;
  }
  return parts.join('');
}

/** A monotone cubic through the points (Fritsch–Carlson): smooth, and never above or below them. */
function monotonePath(xy) {
  const n = xy.length;
  if (n < 3) return straightPath(xy);
  const slopes = new Array(n - 1);
  for (let i = 0; i < n - 1; i += 1) {
    const dx = xy[i + 1][0] - xy[i][0];
    slopes[i] = dx === 0 ? 0 : (xy[i + 1][1] - xy[i][1]) / dx;
  }
  const t = new Array(n);
  t[0] = slopes[0];
  t[n - 1] = slopes[n - 2];
  for (let i = 1; i < n - 1; i += 1) t[i] = slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;
  for (let i = 0; i < n - 1; i += 1) {
    if (slopes[i] === 0) { t[i] = 0; t[i + 1] = 0; continue; }
    const a = t[i] / slopes[i];
    const b = t[i + 1] / slopes[i];
    const s = a * a + b * b;
    if (s > 9) {
      const tau = 3 / Math.sqrt(s);
      t[i] = tau * a * slopes[i];
      t[i + 1] = tau * b * slopes[i];
    }
  }
  const parts = [`M${xy[0][0].toFixed(1)} ${xy[0][1].toFixed(1)}`];
  for (let i = 0; i < n - 1; i += 1) {
    const [x0, y0] = xy[i];
    const [x1, y1] = xy[i + 1];
    const h = (x1 - x0) / 3;
    parts.push(`C${(x0 + h).toFixed(1)} ${(y0 + t[i] * h).toFixed(1)} ${(x1 - h).toFixed(1)} `
      + `${(y1 - t[i + 1] * h).toFixed(1)} ${x1.toFixed(1)} ${y1.toFixed(1)}`);
  }
  return parts.join('');
}

export const lineChart = chartRenderer(LineFrame);

export const lineChartData = {
  create(props, ctx) {
    const el = svg('g', 'weft-chart-series');
    el.weftProps = ctx.node.props;
    el.weftCtx = ctx;
    el.weftArea = svg('path', 'weft-chart-area');
    el.weftLine = svg('path', 'weft-chart-line');
    el.weftPoints = svg('g', 'weft-chart-points');
    el.append(el.weftArea, el.weftLine, el.weftPoints);
    return el;
  },

  update(el, delta, ctx) {
    chartOf(el)?.schedule(ctx, true);
  },

  childHost(el) {
    if (el.isConnected) chartOf(el)?.schedule(el.weftCtx, true); // a point comes or moves
    return el.weftPoints;
  },
};

export const lineChartDataPoint = {
  create(props, ctx) {
    const el = svg('circle', 'weft-chart-point');
    el.setAttribute('tabindex', '-1');
    el.weftProps = ctx.node.props;
    return el;
  },

  update(el, delta, ctx) {
    if ('x' in delta || 'y' in delta || 'tip' in delta) chartOf(el)?.pointChanged(el, ctx);
  },
};
