// `view`: one screen of the page's view stack. The views are the page's children; CSS shows only
// the last one (the top of the stack), and a view's app bar shows its back button only when a
// view is below (weft.css). The view is its own scroller, so its app bar stays on top.

import { lookup, OVERFLOW, px, setStyle } from '../style.js';

export default {
  create(props, ctx) {
    const el = document.createElement('section');
    el.className = 'weft-view';
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'route':
          el.dataset.route = typeof value === 'string' ? value : '';
          break;
        case 'padding':
          setStyle(el, '--weft-view-padding', px(value));
          break;
        case 'scroll':
          setStyle(el, 'overflowY', lookup(OVERFLOW, value));
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el;
  },
};
