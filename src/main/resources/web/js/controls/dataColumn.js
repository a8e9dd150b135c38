// `dataColumn`: a <th scope="col"> in the data table's heading row; its one child is its label.
// A column whose control listens to `sort` holds a <button> around the label and a sort arrow
// (the WAI-ARIA sortable table: the button sorts, the <th> carries aria-sort, which the table
// sets from its sortColumnIndex and sortAscending). A click, Enter or Space on the button sends
// `sort` with {columnIndex, ascending} as JSON: ascending unless the table is sorted by this
// column ascending already. The app reorders the rows; nothing changes here until it does.
//
//   <th scope="col" class="weft-dt-col"><button class="weft-dt-sort"><span class="weft-dt-label">…</span><svg/></button></th>

import { listensTo } from '../events.js';
import { requestRefresh } from './dataTableParts.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Material icon arrow_upward (Apache License 2.0), kept here: icons.js bundles a fixed list.
const ARROW = 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z';

function arrow() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'weft-dt-arrow');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ARROW);
  svg.append(path);
  return svg;
}

/** The sort this click asks for: see the header comment. */
function requestedSort(th) {
  const columns = [...th.parentElement.children].filter((c) => c.classList.contains('weft-dt-col'));
  const columnIndex = columns.indexOf(th);
  const table = th.closest('table');
  const sortedHere = table?.dataset.sortColumn === String(columnIndex);
  const ascending = !(sortedHere && table.dataset.sortDescending !== 'true');
  return { columnIndex, ascending };
}

export default {
  create(props, ctx) {
    const el = document.createElement('th');
    el.scope = 'col';
    el.className = 'weft-dt-col';
    const label = document.createElement('span');
    label.className = 'weft-dt-label';
    if (listensTo(props, 'sort')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'weft-dt-sort';
      button.append(label, arrow());
      button.addEventListener('click', () => ctx.emit('sort', JSON.stringify(requestedSort(el))));
      el.append(button);
    } else {
      el.append(label);
    }
    el.classList.toggle('weft-dt-numeric', props.numeric === true);
    return el;
  },

  /** Becoming sortable, or no longer, changes the heading's structure. */
  recreate(el, delta) {
    return 'events' in delta
      && listensTo(delta, 'sort') !== (el.querySelector(':scope > .weft-dt-sort') !== null);
  },

  update(el, delta) {
    if ('numeric' in delta) {
      el.classList.toggle('weft-dt-numeric', delta.numeric === true);
      requestRefresh(el); // the column's cells follow
    }
  },

  childHost(el) {
    return el.querySelector('.weft-dt-label');
  },

  setDisabled(el, disabled) {
    const button = el.querySelector(':scope > .weft-dt-sort');
    if (button) button.disabled = disabled;
  },
};
