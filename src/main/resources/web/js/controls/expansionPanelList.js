// `expansionPanelList`: expansion panels drawn as one raised surface, split by dividers, an open
// panel standing apart with a gap (weft.css). It handles its panels' clicks: the arrow button, or
// anywhere on the header of a panel with canTapHeader; it opens or closes the panel and sends
// `change` with the panel's index (always: value sync, the server then toggles that panel).

import { isDisabled } from '../events.js';
import { color, px, setStyle } from '../style.js';
import { setPanelOpen } from './expansionPanel.js';

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-expansion-panel-list';
    el.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const panel = target?.closest('.weft-expansion-panel');
      if (!panel || panel.parentElement !== el) return; // a panel of a list inside ours
      const onToggle = target.closest('.weft-ep-toggle')?.parentElement?.parentElement === panel;
      const onHeader = target.closest('.weft-ep-header')?.parentElement === panel;
      if (!onToggle && !(onHeader && panel.classList.contains('weft-expansion-panel--tap-header'))) return;
      if (isDisabled(ctx.node) || panel.classList.contains('weft-disabled')) return;
      const index = Array.prototype.indexOf.call(el.children, panel);
      setPanelOpen(panel, !panel.classList.contains('weft-expansion-panel--open'));
      ctx.emit('change', index, true);
    });
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'expandedHeaderPadding':
          setStyle(el, '--weft-ep-open-padding', px(value));
          break;
        case 'dividerColor':
          setStyle(el, '--weft-ep-divider', color(value));
          break;
        case 'elevation': {
          const level = Number.isInteger(value) ? Math.max(0, Math.min(5, value)) : 2;
          setStyle(el, '--weft-ep-shadow', level === 0 ? 'none' : `var(--weft-elevation-${level})`);
          break;
        }
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el;
  },
};
