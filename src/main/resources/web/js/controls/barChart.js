// `barChart`, `barChartGroup` and `barChartRod`: Flet's bar chart as SVG.
//
//   div.weft-chart (role=figure)            barChart
//     svg
//       g.weft-chart-axes                   labels, titles, grid (chartAxes.js)
//       g.weft-chart-data                   the chart's child host
//         g.weft-chart-group                barChartGroup (its child host)
//           path.weft-chart-rod             barChartRod
//
// Groups share the plot's width in equal slots (or sit groupsSpace apart, centred), each group's
// rods side by side in the middle of its slot. Bars are few: every change lays the chart out again.

import { axisLabels, drawAxes, labelFor, plotArea, plotBackground } from './chartAxes.js';
import {
  ChartFrame, chartOf, chartRenderer, decimalsFor, formatNumber, paletteColor, svg, valueDomain,
} from './chartFrame.js';

const DEFAULT_ROD_WIDTH = 8;
const DEFAULT_BARS_SPACE = 4;

class BarFrame extends ChartFrame {
  constructor(ctx) {
    super(ctx, 'bar');
    this.axes = svg('g', 'weft-chart-axes');
    this.data = svg('g', 'weft-chart-data');
    this.svg.append(this.axes, this.data);
    this.watchRemovals(this.data);
  }

  groups() {
    return [...this.data.children];
  }

  draw() {
    const props = this.ctx.node.props;
    const groups = this.groups();
    let lo = Infinity;
    let hi = -Infinity;
    for (const group of groups) {
      for (const rod of group.children) {
        const { fromY = 0, toY = 0 } = rod.weftProps;
        lo = Math.min(lo, fromY, toY);
        hi = Math.max(hi, fromY, toY);
      }
    }
    const y = valueDomain(lo, hi, props, Math.max(2, Math.floor(this.height / 50)), true);
    this.yDecimals = decimalsFor(y.step) + 1;
    const yLabels = axisLabels(props.leftAxis, y.min, y.max, y.step);
    const plot = plotArea(this.width, this.height, props, yLabels);
    const sy = (v) => plot.bottom - ((Math.max(y.min, Math.min(y.max, v)) - y.min) / (y.max - y.min))
      * (plot.bottom - plot.top);

    // each group's centre along x
    const widths = groups.map(groupWidth);
    const centres = new Map();
    const plotWidth = plot.right - plot.left;
    if (typeof props.groupsSpace === 'number') {
      const total = widths.reduce((a, b) => a + b, 0) + props.groupsSpace * Math.max(0, groups.length - 1);
      let x = plot.left + (plotWidth - total) / 2;
      groups.forEach((group, i) => { centres.set(group, x + widths[i] / 2); x += widths[i] + props.groupsSpace; });
    } else {
      const slot = plotWidth / Math.max(1, groups.length);
      groups.forEach((group, i) => centres.set(group, plot.left + slot * (i + 0.5)));
    }
    const xLabels = props.bottomAxis?.showLabels === false ? [] : groups.map((group, i) => ({
      value: i, text: labelFor(props.bottomAxis, group.weftProps.x ?? 0, 2),
    }));
    drawAxes(this.axes, props, plot, { labels: xLabels, scale: (i) => centres.get(groups[i]) },
      { labels: yLabels, scale: sy, min: y.min, max: y.max });
    if (props.bgcolor) this.axes.prepend(plotBackground(plot, props.bgcolor));

    let index = 0;
    let count = 0;
    for (const [g, group] of groups.entries()) {
      const space = typeof group.weftProps.barsSpace === 'number' ? group.weftProps.barsSpace : DEFAULT_BARS_SPACE;
      let x = centres.get(group) - widths[g] / 2;
      for (const [r, rod] of [...group.children].entries()) {
        const p = rod.weftProps;
        const w = rodWidth(rod);
        rod.style.fill = paletteColor(p.color, r);
        rod.setAttribute('d', rodPath(x, w, sy(p.fromY ?? 0), sy(p.toY ?? 0), p.borderRadius ?? w / 4));
        x += w + space;
        count += 1;
      }
      index += 1;
    }
    this.setName('Bar chart', `${index} groups, ${count} bars; `
      + `y from ${formatNumber(y.min, this.yDecimals)} to ${formatNumber(y.max, this.yDecimals)}.`);
    if (!this.placed) {
      this.placed = true;
      requestAnimationFrame(() => this.data.classList.add('weft-chart-placed'));
    }
  }

  items() {
    return this.groups().flatMap((group) => [...group.children]);
  }

  neighbour(rod, key) {
    const all = this.items();
    const i = all.indexOf(rod);
    switch (key) {
      case 'ArrowRight': return all[i + 1] ?? null;
      case 'ArrowLeft': return all[i - 1] ?? null;
      case 'Home': return all[0] ?? null;
      case 'End': return all[all.length - 1] ?? null;
      default: return undefined;
    }
  }

  itemOf(el) {
    return el instanceof Element && el.classList.contains('weft-chart-rod') ? el : null;
  }

  itemAt(event) {
    return this.itemOf(event.target);
  }

  tooltipLines(rod) {
    const group = rod.parentNode;
    const props = this.ctx.node.props;
    const tip = rod.weftProps.tip;
    const value = formatNumber(rod.weftProps.toY ?? 0, this.yDecimals ?? 2);
    return [labelFor(props.bottomAxis, group.weftProps.x ?? 0, 2), typeof tip === 'string' && tip ? tip : value];
  }

  eventData(rod) {
    const group = rod.parentNode;
    return { group: indexIn(this.data, group), rod: indexIn(group, rod) };
  }
}

function rodWidth(rod) {
  const w = rod.weftProps.width;
  return typeof w === 'number' && w >= 0 ? w : DEFAULT_ROD_WIDTH;
}

function groupWidth(group) {
  const rods = [...group.children];
  const space = typeof group.weftProps.barsSpace === 'number' ? group.weftProps.barsSpace : DEFAULT_BARS_SPACE;
  return rods.reduce((sum, rod) => sum + rodWidth(rod), 0) + space * Math.max(0, rods.length - 1);
}

/** A bar from y `a` (its base) to `b` (its end), its end's corners rounded by `radius`. */
function rodPath(x, w, a, b, radius) {
  const up = b <= a;
  const top = up ? b : a;
  const bottom = up ? a : b;
  const r = Math.max(0, Math.min(radius, w / 2, bottom - top));
  const f = (n) => n.toFixed(1);
  if (up) {
    return `M${f(x)} ${f(bottom)}V${f(top + r)}Q${f(x)} ${f(top)} ${f(x + r)} ${f(top)}`
      + `H${f(x + w - r)}Q${f(x + w)} ${f(top)} ${f(x + w)} ${f(top + r)}V${f(bottom)}Z`;
  }
  return `M${f(x)} ${f(top)}V${f(bottom - r)}Q${f(x)} ${f(bottom)} ${f(x + r)} ${f(bottom)}`
    + `H${f(x + w - r)}Q${f(x + w)} ${f(bottom)} ${f(x + w)} ${f(bottom - r)}V${f(top)}Z`;
}

function indexIn(parent, child) {
  return Array.prototype.indexOf.call(parent.children, child);
}

export const barChart = chartRenderer(BarFrame);

export const barChartGroup = {
  create(props, ctx) {
    const el = svg('g', 'weft-chart-group');
    el.weftProps = ctx.node.props;
    el.weftCtx = ctx;
    return el;
  },

  update(el, delta, ctx) {
    chartOf(el)?.schedule(ctx, true);
  },

  childHost(el) {
    if (el.isConnected) chartOf(el)?.schedule(el.weftCtx, true);
    return el;
  },
};

export const barChartRod = {
  create(props, ctx) {
    const el = svg('path', 'weft-chart-rod');
    el.setAttribute('tabindex', '-1');
    el.weftProps = ctx.node.props;
    return el;
  },

  update(el, delta, ctx) {
    chartOf(el)?.schedule(ctx, true);
  },
};
