// `pieChart` and `pieChartSection`: Flet's pie (and, with centerSpaceRadius, donut) chart as SVG.
//
//   div.weft-chart (role=figure)            pieChart
//     svg
//       g.weft-chart-data                   the chart's child host
//         path.weft-chart-section           pieChartSection
//       g.weft-chart-titles                 the sections' titles, drawn by the chart
//
// Sections go clockwise from the top (plus startDegreeOffset), each an annulus sector from the
// centre space out to centerSpaceRadius + its radius (Flet's radius is the section's thickness);
// sectionsSpace opens a gap between them by moving each out along its middle.

import { ChartFrame, chartOf, chartRenderer, formatNumber, PIE_PALETTE, svg } from './chartFrame.js';
import { color } from '../style.js';

const MARGIN = 8;

class PieFrame extends ChartFrame {
  constructor(ctx) {
    super(ctx, 'pie');
    this.data = svg('g', 'weft-chart-data');
    this.titles = svg('g', 'weft-chart-titles');
    this.titles.setAttribute('aria-hidden', 'true');
    this.svg.append(this.data, this.titles);
    this.watchRemovals(this.data);
  }

  sections() {
    return [...this.data.children];
  }

  draw() {
    const props = this.ctx.node.props;
    const sections = this.sections();
    const total = sections.reduce((sum, s) => sum + Math.max(0, s.weftProps.value ?? 0), 0);
    this.total = total;
    const cx = this.width / 2;
    const cy = this.height / 2;
    const inner = Math.max(0, props.centerSpaceRadius ?? 0);
    const fit = Math.max(0, Math.min(cx, cy) - MARGIN - inner);
    const gap = Math.max(0, props.sectionsSpace ?? 0);
    let angle = ((props.startDegreeOffset ?? 0) * Math.PI) / 180;
    const titles = [];
    const names = [];
    for (const [i, section] of sections.entries()) {
      const p = section.weftProps;
      const [fill, onFill] = PIE_PALETTE[i % PIE_PALETTE.length];
      section.style.fill = color(p.color) || color(fill);
      const sweep = total > 0 ? (Math.max(0, p.value ?? 0) / total) * 2 * Math.PI : 0;
      const outer = inner + (typeof p.radius === 'number' ? p.radius : fit);
      const mid = angle + sweep / 2;
      const shift = sections.length > 1 ? gap / 2 : 0;
      const ox = cx + Math.sin(mid) * shift;
      const oy = cy - Math.cos(mid) * shift;
      section.setAttribute('d', sector(ox, oy, inner, outer, angle, angle + sweep));
      if (typeof p.title === 'string' && p.title && sweep > 0.2) {
        const t = svg('text', 'weft-chart-section-title');
        const r = inner + (outer - inner) * (inner > 0 ? 0.5 : 0.62);
        t.setAttribute('x', (ox + Math.sin(mid) * r).toFixed(1));
        t.setAttribute('y', (oy - Math.cos(mid) * r).toFixed(1));
        t.setAttribute('text-anchor', 'middle');
        t.setAttribute('dominant-baseline', 'middle');
        const on = p.color ? onRole(p.color) : onFill;
        t.style.fill = on ? color(on) : 'var(--weft-on-surface)';
        if (!on) t.classList.add('weft-chart-section-title--halo');
        t.textContent = p.title;
        titles.push(t);
      }
      names.push(`${this.sectionName(section, i)} ${percent(p.value ?? 0, total)}`);
      angle += sweep;
    }
    this.titles.replaceChildren(...titles);
    this.setName('Pie chart', `${sections.length} sections: ${names.join(', ')}.`);
    if (!this.placed) {
      this.placed = true;
      requestAnimationFrame(() => this.data.classList.add('weft-chart-placed'));
    }
  }

  sectionName(section, index) {
    const title = section.weftProps.title;
    return typeof title === 'string' && title ? title : `Section ${index + 1}`;
  }

  items() {
    return this.sections();
  }

  neighbour(section, key) {
    const all = this.sections();
    const i = all.indexOf(section);
    switch (key) {
      case 'ArrowRight': case 'ArrowDown': return all[(i + 1) % all.length];
      case 'ArrowLeft': case 'ArrowUp': return all[(i - 1 + all.length) % all.length];
      case 'Home': return all[0] ?? null;
      case 'End': return all[all.length - 1] ?? null;
      default: return undefined;
    }
  }

  itemOf(el) {
    return el instanceof Element && el.classList.contains('weft-chart-section') ? el : null;
  }

  itemAt(event) {
    return this.itemOf(event.target);
  }

  tooltipLines(section) {
    const p = section.weftProps;
    const index = this.sections().indexOf(section);
    const tip = p.tip;
    if (typeof tip === 'string' && tip) return [tip];
    return [this.sectionName(section, index), `${formatNumber(p.value ?? 0)} (${percent(p.value ?? 0, this.total ?? 0)})`];
  }

  eventData(section) {
    return { section: this.sections().indexOf(section) };
  }
}

/** The role for text on a section of colour role `role` (onPrimary on primary…), or null. */
function onRole(role) {
  const pair = PIE_PALETTE.find(([fill]) => fill === role);
  return pair ? pair[1] : null;
}

function percent(value, total) {
  return total > 0 ? `${formatNumber((Math.max(0, value) / total) * 100, 1)}%` : '0%';
}

/** An annulus sector (a pie wedge when inner is 0), angles clockwise from the top. */
function sector(cx, cy, inner, outer, a0, a1) {
  const f = (n) => n.toFixed(2);
  const sweep = a1 - a0;
  if (sweep <= 0 || outer <= 0) return '';
  // a full circle cannot be one arc: two halves
  if (sweep >= 2 * Math.PI - 1e-6) {
    const ring = `M${f(cx)} ${f(cy - outer)}A${f(outer)} ${f(outer)} 0 1 1 ${f(cx)} ${f(cy + outer)}`
      + `A${f(outer)} ${f(outer)} 0 1 1 ${f(cx)} ${f(cy - outer)}Z`;
    if (inner <= 0) return ring;
    return `${ring}M${f(cx)} ${f(cy - inner)}A${f(inner)} ${f(inner)} 0 1 0 ${f(cx)} ${f(cy + inner)}`
      + `A${f(inner)} ${f(inner)} 0 1 0 ${f(cx)} ${f(cy - inner)}Z`;
  }
  const large = sweep > Math.PI ? 1 : 0;
  const at = (r, a) => `${f(cx + Math.sin(a) * r)} ${f(cy - Math.cos(a) * r)}`;
  if (inner <= 0) {
    return `M${f(cx)} ${f(cy)}L${at(outer, a0)}A${f(outer)} ${f(outer)} 0 ${large} 1 ${at(outer, a1)}Z`;
  }
  return `M${at(outer, a0)}A${f(outer)} ${f(outer)} 0 ${large} 1 ${at(outer, a1)}`
    + `L${at(inner, a1)}A${f(inner)} ${f(inner)} 0 ${large} 0 ${at(inner, a0)}Z`;
}

export const pieChart = chartRenderer(PieFrame);

export const pieChartSection = {
  create(props, ctx) {
    const el = svg('path', 'weft-chart-section');
    el.setAttribute('tabindex', '-1');
    el.weftProps = ctx.node.props;
    return el;
  },

  update(el, delta, ctx) {
    chartOf(el)?.schedule(ctx, true);
  },
};
