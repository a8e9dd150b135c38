// `dataRow`: a <tr> of a data table; its children are its cells. It has no listeners: the table
// handles clicks, keys and checkboxes for every row (dataTable.js), and adds the row's checkbox
// cell when it shows the checkbox column; the table's pass over its rows also draws each row's
// selection when it arrives, so create() does nothing for it. `selected` tints the row and, on a selectable row (one
// whose control listens to `select`), sets aria-selected.

import { color, setStyle } from '../style.js';
import { partContext, requestRefresh, showSelection } from './dataTableParts.js';

export default {
  create(props, ctx) {
    const el = document.createElement('tr');
    el.className = 'weft-dt-row';
    partContext.set(el, ctx);
    if (props.color) setStyle(el, 'backgroundColor', color(props.color));
    return el;
  },

  update(el, delta) {
    if ('color' in delta) setStyle(el, 'backgroundColor', color(delta.color));
    if ('selected' in delta || 'events' in delta) {
      showSelection(el);
      requestRefresh(el); // the select-all checkbox follows
    }
  },

  childHost(el) {
    return el;
  },
};
