// `menuBar`: a role=menubar row of submenuButton and menuItemButton entries, one Tab stop with a
// roving tabindex; its keys and clicks are js/menu.js's. `label` names it (aria-label).

import { wireMenubar } from '../menu.js';

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-menubar';
    el.setAttribute('role', 'menubar');
    wireMenubar(el);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta) {
    if ('label' in delta) {
      if (typeof delta.label === 'string' && delta.label !== '') el.setAttribute('aria-label', delta.label);
      else el.removeAttribute('aria-label');
    }
  },

  childHost(el) {
    return el;
  },
};
