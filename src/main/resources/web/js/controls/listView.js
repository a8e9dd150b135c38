// `listView`: a scrolling list that builds only the items in view (virtual_list.js; DomPatch keeps
// the others as JSON, see virtual.js). The element is the scroller (overflow auto: it scrolls when
// it has a height or `expand`, else it grows with its items and the page scrolls); inside it a
// role=list host holds one role=listitem wrapper per item shown, with aria-setsize and
// aria-posinset so assistive technology knows the whole count.

import { insets, setStyle } from '../style.js';
import { VirtualList } from './virtual_list.js';

/** What listView and gridView share: the element, the host, the windowing, the properties. */
export function virtualRenderer(kind, className) {
  return {
    virtual: true,

    create(props, ctx) {
      const el = document.createElement('div');
      el.className = `weft-virtual ${className}`;
      const host = document.createElement('div');
      host.className = 'weft-virtual-items';
      host.setAttribute('role', 'list');
      el.append(host);
      el.weftList = new VirtualList(el, host, ctx, kind);
      this.update(el, props, ctx);
      ctx.afterPatch(() => el.weftList.layout()); // in the DOM by then: the first paint shows items
      return el;
    },

    update(el, delta, ctx) {
      for (const [name, value] of Object.entries(delta)) {
        switch (name) {
          case 'padding':
            setStyle(el, 'padding', insets(value));
            break;
          case 'horizontal':
            el.classList.toggle('weft-virtual--horizontal', value === true);
            break;
          default:
            break;
        }
      }
      // any of spacing, itemExtent, runsCount, maxExtent, childAspectRatio... moves items
      if (ctx && Object.keys(delta).length > 0) ctx.afterPatch(() => el.weftList.layout());
    },

    /** Items are attached by the windowing, never by DomPatch; this says the list has children. */
    childHost(el) {
      return el.firstElementChild;
    },

    itemsChanged(el) {
      el.weftList.itemsChanged();
    },

    saveState(el) {
      return el.weftList.saveState();
    },

    restoreState(el, state) {
      el.weftList.restoreState(state);
    },
  };
}

export default virtualRenderer('list', 'weft-list-view');
