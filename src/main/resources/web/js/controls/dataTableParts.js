// What the data table's renderers share (dataTable.js, dataColumn.js, dataRow.js, dataCell.js).
//
// A table of 1,000 rows must render fast, so rows and cells carry no listeners of their own: the
// table has one delegated listener for each kind of DOM event, and finds the row's or cell's
// context (to send its events) in `partContext`. The checkbox column is the table's, not the
// rows': a row is created before it is in a table and cannot know whether the table shows one, so
// the table adds each row's checkbox cell when the row arrives (`syncRow`).

import { createIcon } from '../icons.js';

const CONTEXT = Symbol('weft data table part');

/**
 * A row's or cell's element -> its renderer context (ctx.emit, ctx.node). A symbol-keyed property
 * on the element rather than a WeakMap: setting 6,000 of them is cheaper, and the 1,000-row render
 * has little to spare.
 */
export const partContext = Object.freeze({
  get: (el) => el[CONTEXT],
  set: (el, ctx) => { el[CONTEXT] = ctx; },
});

/** The table's refresh, per table element: rows' indices, paging, select-all, numeric columns. */
const refreshers = new WeakMap();

export function registerTable(el, refresh) {
  refreshers.set(el, refresh);
}

/** Asks the table around `el` (if any) to bring its rows up to date, e.g. after a column changed. */
export function requestRefresh(el) {
  const table = el.closest('.weft-datatable');
  if (table) refreshers.get(table)?.({ full: true });
}

/** Whether a row or cell element's control listens to `name`. */
export function listens(el, name) {
  const events = partContext.get(el)?.node.props.events;
  return Array.isArray(events) && events.includes(name);
}

/** A selectable row: its control has a select handler (Flet: on_select_changed). */
export const isSelectable = (tr) => listens(tr, 'select');

export const isSelected = (tr) => tr.classList.contains('weft-dt-selected');

let checkTemplate = null;

/** A checkbox cell (<td> or, in the heading, <th>) in Material's look, as checkbox.js draws it. */
export function checkCell(tag) {
  if (!checkTemplate) {
    checkTemplate = document.createElement('span');
    checkTemplate.className = 'weft-checkbox-box';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.className = 'weft-checkbox-input weft-dt-checkbox';
    checkTemplate.append(input, createIcon('check', 'weft-checkbox-mark'));
  }
  const cell = document.createElement(tag);
  cell.className = 'weft-dt-check';
  cell.append(checkTemplate.cloneNode(true));
  return cell;
}

/** A row's own checkbox, or null when the table shows none. */
export function rowCheckbox(tr) {
  const first = tr.firstElementChild;
  return first && first.classList.contains('weft-dt-check') ? first.querySelector('input') : null;
}

/**
 * Brings a row's selection marks in line with its control: the tint, aria-selected (only on a
 * selectable row), its checkbox, and a tab stop for a selectable row without one.
 */
export function showSelection(tr) {
  const selectable = isSelectable(tr);
  const selected = partContext.get(tr)?.node.props.selected === true;
  tr.classList.toggle('weft-dt-selected', selected);
  tr.classList.toggle('weft-dt-selectable', selectable);
  if (selectable) tr.setAttribute('aria-selected', String(selected));
  else tr.removeAttribute('aria-selected');
  const box = rowCheckbox(tr);
  if (box) {
    box.checked = selected;
    box.disabled = !selectable;
  }
  if (selectable && !box) tr.tabIndex = 0;
  else tr.removeAttribute('tabindex');
}
