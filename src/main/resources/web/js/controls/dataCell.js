// `dataCell`: a <td> of a data row holding its one child, the content. No listeners: a cell with
// a `tap` handler is a tab stop, and the table (dataTable.js) turns clicks on it, and Enter or
// Space on it, into `tap`. `showEditIcon` adds a pencil after the content; `placeholder` greys
// the content out.

import { partContext } from './dataTableParts.js';

export default {
  create(props, ctx) {
    const el = document.createElement('td');
    el.className = 'weft-dt-cell';
    partContext.set(el, ctx);
    if (props.showEditIcon || props.placeholder || props.events) this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'showEditIcon': // a pencil after the content, drawn by weft.css (no element)
          el.classList.toggle('weft-dt-editable', value === true);
          break;
        case 'placeholder':
          el.classList.toggle('weft-dt-placeholder', value === true);
          break;
        case 'events': {
          const tappable = Array.isArray(value) && value.includes('tap');
          el.classList.toggle('weft-dt-tappable', tappable);
          if (tappable) el.tabIndex = 0;
          else el.removeAttribute('tabindex');
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
