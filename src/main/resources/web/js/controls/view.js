// `view`: one screen of the page's view stack. The views are the page's children; CSS shows only
// the last one (the top of the stack), and a view's app bar shows its back button only when a
// view is below (weft.css). The view is its own scroller, so its app bar stays on top.
// Landmarks: the app bar (the banner) goes in a box of its own, the other controls in a <main>
// after it, so the banner is not inside the main landmark and every control is in one (the page
// holding views has no main of its own: see page.js).

import { lookup, OVERFLOW, px, setStyle } from '../style.js';

export default {
  create(props, ctx) {
    const el = document.createElement('section');
    el.className = 'weft-view';
    const bar = document.createElement('div');
    bar.className = 'weft-view-bar';
    const body = document.createElement('main');
    body.className = 'weft-view-body';
    el.append(bar, body);
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

  childHost(el, child) {
    return child?.type === 'appBar' ? el.firstElementChild : el.lastElementChild;
  },
};
