// `dataTable`: a real <table> (Flet's DataTable) whose children are its columns (<th>s in the
// heading row, dataColumn.js) and then its rows (<tr>s in the body, dataRow.js).
//
//   <div class="weft-datatable">
//     <div class="weft-dt-scroll">             a focusable, named region while the table is wider
//       <table aria-label>                     than its place, so the keyboard can scroll it
//         <thead><tr>[<th class="weft-dt-check">select all</th>]<th scope="col">…</th>…</tr></thead>
//         <tbody><tr>[<td class="weft-dt-check">Select row 1</td>]<td>…</td>…</tr>…</tbody>
//         <tbody class="weft-dt-spacer" aria-hidden hidden><tr><td></td></tr></tbody>   see below
//       </table>
//     </div>
//     <div class="weft-dt-footer">1–10 of 100 ‹ ›</div>    with rowsPerPage only
//   </div>
//
// Fast at 1,000 rows: create() reads no layout and rows and cells have no listeners; the table
// has one listener per DOM event (click, keydown, change) and finds the row or cell's context in
// dataTableParts.js. What depends on a row's place — its checkbox cell and name ("Select row 3"),
// which page shows it, its numeric cells' alignment — is redone in one pass over the rows when
// rows or columns change (a MutationObserver: patches add and move rows without telling this
// renderer), before the browser paints.
//
// Selecting a row (a click on it, Space or Enter on a focused selectable row, or its checkbox)
// shows at once and sends the row's `select` with the new value; the select-all checkbox does the
// same for every selectable row and sends the table's `selectAll`. Paging is the browser's: every
// row is here, rows off the page are hidden (display: none, so they cost no layout), and the
// footer's buttons turn pages without a round trip.
//
// Many rows at once (the first render of a 1,000-row table, or a patch that adds hundreds) are
// all built, but only the first FIRST_ROWS are shown before the browser paints: the others wait
// in the DOM as display: none (weft-dt-later), which the browser neither styles inside nor lays
// out, and are shown STEP_ROWS at a time, one step per painted frame. Why: styling and laying out
// 11,000 table elements took ~280 ms before the first paint; a screenful takes a few. The rows
// are all in the DOM the whole time, so patches, selection, select-all and sorting work on them
// as before; only find-in-page and the keyboard miss rows for the second or so until they show.
// While rows are being shown the heading's cells keep the widths measured after the first paint
// as their least widths, so columns do not narrow or trade space with every step (they still
// widen for wider content further down, as they must); they are released when the last row
// shows. A spacer (a second, aria-hidden <tbody>) stands in for the waiting rows at their least
// height, so the page's scroll height is about right from the first paint: the scroll bar does
// not shrink with every step, and a re-render after a reconnect can scroll back to where the user
// was.

import { isDisabled } from '../events.js';
import { createIcon } from '../icons.js';
import { border, color, px, setStyle } from '../style.js';
import {
  checkCell, isSelectable, isSelected, listens, partContext, registerTable, requestRefresh, rowCheckbox,
  showSelection,
} from './dataTableParts.js';

/** Elements inside a cell that take their own clicks and keys (a button in a cell). */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable], [tabindex]';

const number = new Intl.NumberFormat();

/** Rows shown at once when many arrive together (more than a screenful of 48px rows). */
const FIRST_ROWS = 40;

/** Rows shown per step after the first paint: a step styles and lays out this many. */
const STEP_ROWS = 100;

/** Marks a row element as shown once (see the header comment): a row is hidden only once. */
const SHOWN = Symbol('weft data table row shown');

/** How many cell positions weft.css right-aligns by a class on the table (weft-dt-num-1 …). */
const CSS_NUMERIC_POSITIONS = 16;

/** A setting weft.css reads from a variable, under a class present only while it is set. */
function setVariable(el, className, variable, value) {
  setStyle(el, variable, value);
  el.classList.toggle(className, value !== '');
}

function footerButton(icon, name, className) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `weft-icon-button weft-icon-button--standard ${className}`;
  button.setAttribute('aria-label', name);
  button.append(createIcon(icon));
  return button;
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-datatable';
    const scroll = document.createElement('div');
    scroll.className = 'weft-dt-scroll';
    const table = document.createElement('table');
    table.className = 'weft-dt-table';
    const thead = document.createElement('thead');
    const head = document.createElement('tr');
    head.className = 'weft-dt-head';
    thead.append(head);
    const tbody = document.createElement('tbody');
    const spacer = document.createElement('tbody');
    spacer.className = 'weft-dt-spacer';
    spacer.setAttribute('aria-hidden', 'true');
    spacer.hidden = true;
    const spacerCell = document.createElement('td');
    spacer.append(document.createElement('tr'));
    spacer.firstChild.append(spacerCell);
    table.append(thead, tbody, spacer);
    scroll.append(table);
    const footer = document.createElement('div');
    footer.className = 'weft-dt-footer';
    footer.hidden = true;
    const range = document.createElement('span');
    range.className = 'weft-dt-range';
    range.setAttribute('aria-live', 'polite');
    const previous = footerButton('chevron_left', 'Previous page', 'weft-dt-previous');
    const next = footerButton('chevron_right', 'Next page', 'weft-dt-next');
    footer.append(range, previous, next);
    el.append(scroll, footer);

    let page = 0;
    let wasPaged = false;
    let hadWide = false;
    let queued = false;
    let revealing = false;
    const rows = tbody.children;
    const pageCount = () => {
      const perPage = ctx.node.props.rowsPerPage;
      return Number.isInteger(perPage) && perPage > 0 ? Math.max(1, Math.ceil(rows.length / perPage)) : 1;
    };

    const selectAllBox = () => {
      const first = head.firstElementChild;
      return first && first.classList.contains('weft-dt-check') ? first.querySelector('input') : null;
    };

    const showSelectAll = () => {
      const box = selectAllBox();
      if (!box) return;
      let selectable = 0;
      let selected = 0;
      for (const tr of rows) {
        if (!isSelectable(tr)) continue;
        selectable++;
        if (isSelected(tr)) selected++;
      }
      box.disabled = selectable === 0;
      box.checked = selectable > 0 && selected === selectable;
      box.indeterminate = selected > 0 && selected < selectable;
    };

    const showPage = () => {
      const perPage = ctx.node.props.rowsPerPage;
      const paged = Number.isInteger(perPage) && perPage > 0;
      footer.hidden = !paged;
      if (!paged) return;
      page = Math.min(page, pageCount() - 1);
      const start = page * perPage;
      const end = Math.min(start + perPage, rows.length);
      range.textContent = rows.length === 0 ? '0 of 0'
        : `${number.format(start + 1)}–${number.format(end)} of ${number.format(rows.length)}`;
      previous.setAttribute('aria-disabled', String(page === 0));
      next.setAttribute('aria-disabled', String(page >= pageCount() - 1));
    };

    const showSort = () => {
      const index = ctx.node.props.sortColumnIndex;
      const descending = ctx.node.props.sortAscending === false;
      if (Number.isInteger(index)) table.dataset.sortColumn = String(index);
      else delete table.dataset.sortColumn;
      table.dataset.sortDescending = String(descending);
      let i = 0;
      for (const th of head.children) {
        if (!th.classList.contains('weft-dt-col')) continue;
        const sorted = i++ === index;
        th.classList.toggle('weft-dt-sorted', sorted);
        th.classList.toggle('weft-dt-descending', sorted && descending);
        if (sorted) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      }
    };

    const show = (tr) => {
      tr[SHOWN] = true;
      tr.classList.remove('weft-dt-later');
    };

    /** Holds the heading cells' widths as painted (read all, then set all), or releases them. */
    const holdWidths = (hold) => {
      const widths = [...head.children].map((th) => (hold ? th.getBoundingClientRect().width : 0));
      [...head.children].forEach((th, i) => setStyle(th, 'width', widths[i] > 0 ? `${widths[i]}px` : ''));
    };

    /** Sizes the spacer for `waiting` rows at their least height (48px unless dataRowMinHeight). */
    const holdPlace = (waiting) => {
      const min = ctx.node.props.dataRowMinHeight;
      const height = waiting * (typeof min === 'number' && min > 0 ? min : 48);
      spacer.hidden = waiting === 0;
      setStyle(spacerCell, 'height', waiting === 0 ? '' : `${height}px`);
    };

    /** One step of showing the rows that wait: after each painted frame, until none waits. */
    const revealStep = () => {
      let budget = STEP_ROWS;
      let waiting = 0;
      for (const tr of rows) {
        if (tr[SHOWN]) continue;
        if (budget-- > 0) show(tr);
        else waiting++;
      }
      holdPlace(waiting);
      if (waiting > 0) {
        requestAnimationFrame(() => setTimeout(revealStep, 0));
      } else {
        revealing = false;
        holdWidths(false);
      }
    };

    const startRevealing = () => {
      if (revealing) return;
      revealing = true;
      // after the first paint: the widths read then are laid out already, so reading is cheap
      requestAnimationFrame(() => setTimeout(() => {
        holdWidths(true);
        revealStep();
      }, 0));
    };

    /** The pass over every row: checkbox cells and names, selection marks, page, numeric cells. */
    const refresh = () => {
      queued = false;
      const checks = ctx.node.props.showCheckboxColumn === true;
      const headCheck = selectAllBox();
      if (checks && !headCheck) {
        const th = checkCell('th');
        th.querySelector('input').setAttribute('aria-label', 'Select all rows');
        head.prepend(th);
      } else if (!checks && headCheck) {
        head.firstElementChild.remove();
      }
      // Numeric columns: a class on the table per cell position, matched by weft.css's
      // nth-child rules (no per-cell work), up to CSS_NUMERIC_POSITIONS; cells further right get a
      // class each.
      const wide = [];
      let position = checks ? 1 : 0;
      const classes = [...table.classList].filter((c) => !c.startsWith('weft-dt-num-'));
      for (const th of head.children) {
        if (!th.classList.contains('weft-dt-col')) continue;
        position++;
        if (!th.classList.contains('weft-dt-numeric')) continue;
        if (position <= CSS_NUMERIC_POSITIONS) classes.push(`weft-dt-num-${position}`);
        else wide.push(position - 1);
      }
      const className = classes.join(' ');
      if (table.className !== className) table.className = className;
      const perPage = ctx.node.props.rowsPerPage;
      const paged = Number.isInteger(perPage) && perPage > 0;
      page = Math.min(page, pageCount() - 1);
      const start = page * perPage;
      const unpage = !paged && wasPaged;
      wasPaged = paged;
      // new rows beyond this many wait (see the header comment); a page shows only its own rows
      let showNow = paged ? Infinity : revealing ? 0 : FIRST_ROWS;
      let waiting = 0;
      for (let i = 0; i < rows.length; i++) {
        const tr = rows[i];
        if (!tr[SHOWN]) {
          if (showNow-- > 0) show(tr);
          else if (!tr.classList.contains('weft-dt-later')) tr.classList.add('weft-dt-later');
          if (!tr[SHOWN]) waiting++;
        }
        let box = rowCheckbox(tr);
        if (checks && !box) {
          tr.prepend(checkCell('td'));
          box = rowCheckbox(tr);
        } else if (!checks && box) {
          tr.firstElementChild.remove();
          box = null;
        }
        if (box) {
          const name = `Select row ${i + 1}`;
          if (box.getAttribute('aria-label') !== name) box.setAttribute('aria-label', name);
        }
        // a plain row (no handler, not selected, no checkbox) has no selection marks to draw
        const props = partContext.get(tr)?.node.props;
        if (box || props?.events || props?.selected || tr.hasAttribute('aria-selected')) showSelection(tr);
        if (paged || unpage) tr.classList.toggle('weft-dt-off', paged && (i < start || i >= start + perPage));
        if (wide.length > 0 || hadWide) {
          const cells = tr.children;
          for (let c = CSS_NUMERIC_POSITIONS; c < cells.length; c++) {
            cells[c].classList.toggle('weft-dt-numeric', wide.includes(c));
          }
        }
      }
      hadWide = wide.length > 0;
      holdPlace(waiting);
      if (waiting > 0) startRevealing();
      showSort();
      showSelectAll();
      showPage();
      if (el.classList.contains('weft-disabled')) {
        for (const box of table.querySelectorAll('.weft-dt-checkbox')) box.disabled = true;
      }
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(refresh);
    };
    registerTable(el, schedule);

    // Rows and cells arriving, leaving or moving (not the cells' own content changing).
    const structural = (record) => record.target === tbody || record.target === head
      || record.target.parentElement === tbody;
    new MutationObserver((records) => {
      if (records.some(structural)) refresh();
    }).observe(table, { childList: true, subtree: true });

    // A focusable, named region only while there is something to scroll (the box or the table
    // changing size can change that).
    const overflow = new ResizeObserver(() => {
      const overflowing = scroll.scrollWidth > scroll.clientWidth + 1;
      if (overflowing === (scroll.getAttribute('role') === 'region')) return;
      if (overflowing) {
        scroll.setAttribute('role', 'region');
        scroll.setAttribute('aria-label', `${ctx.node.props.label ?? 'Table'}, scrolls sideways`);
        scroll.tabIndex = 0;
      } else {
        scroll.removeAttribute('role');
        scroll.removeAttribute('aria-label');
        scroll.removeAttribute('tabindex');
      }
    });
    overflow.observe(scroll);
    overflow.observe(table);

    const setSelected = (tr, value) => {
      const rowCtx = partContext.get(tr);
      if (!rowCtx || !isSelectable(tr) || isDisabled(rowCtx.node)) return;
      if (value) rowCtx.node.props.selected = true;
      else delete rowCtx.node.props.selected;
      showSelection(tr);
      showSelectAll();
      rowCtx.emit('select', value, true);
    };

    const selectAll = (value) => {
      for (const tr of rows) {
        const rowCtx = partContext.get(tr);
        if (!rowCtx || !isSelectable(tr) || isDisabled(rowCtx.node)) continue;
        if (value) rowCtx.node.props.selected = true;
        else delete rowCtx.node.props.selected;
        showSelection(tr);
      }
      showSelectAll();
      ctx.emit('selectAll', value, true);
    };

    /** The row and the cell an event in the body happened in, unless a control inside took it. */
    const target = (event) => {
      const tr = event.target.closest?.('tr');
      if (!tr || tr.parentElement !== tbody) return null;
      const cell = event.target.closest('td');
      const inner = event.target.closest(INTERACTIVE);
      if (inner && inner !== tr && inner !== cell && tr.contains(inner)) return { tr, cell, inner };
      return { tr, cell, inner: null };
    };

    tbody.addEventListener('click', (event) => {
      const hit = target(event);
      if (!hit || hit.inner) return; // a checkbox (its change) or a control inside a cell
      if (hit.cell && listens(hit.cell, 'tap')) {
        partContext.get(hit.cell).emit('tap', null);
        return;
      }
      setSelected(hit.tr, !isSelected(hit.tr));
    });

    tbody.addEventListener('keydown', (event) => {
      if (event.key !== ' ' && event.key !== 'Enter') return;
      const el = event.target;
      if (el.closest('table') !== table) return; // a table inside a cell handles its own
      if (el.classList.contains('weft-dt-tappable') && listens(el, 'tap')) {
        event.preventDefault();
        partContext.get(el).emit('tap', null);
      } else if (el.parentElement === tbody && isSelectable(el)) {
        event.preventDefault();
        setSelected(el, !isSelected(el));
      }
    });

    table.addEventListener('change', (event) => {
      const box = event.target;
      if (!box.classList?.contains('weft-dt-checkbox') || box.closest('table') !== table) return;
      if (box === selectAllBox()) selectAll(box.checked);
      else setSelected(box.closest('tr'), box.checked);
    });

    const turn = (by) => {
      if (page + by < 0 || page + by >= pageCount()) return;
      page += by;
      refresh();
    };
    previous.addEventListener('click', () => turn(-1));
    next.addEventListener('click', () => turn(1));

    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const scroll = el.firstElementChild;
    const table = scroll.firstElementChild;
    let again = false;
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'label':
          if (value) table.setAttribute('aria-label', value);
          else table.removeAttribute('aria-label');
          if (scroll.getAttribute('role') === 'region') {
            scroll.setAttribute('aria-label', `${value ?? 'Table'}, scrolls sideways`);
          }
          break;
        case 'headingRowColor':
          setStyle(table.tHead.rows[0], 'backgroundColor', color(value));
          break;
        case 'dataRowMinHeight':
          setVariable(el, 'weft-dt-min-height', '--weft-dt-row-min', px(value));
          break;
        case 'dataRowMaxHeight':
          setVariable(el, 'weft-dt-capped', '--weft-dt-row-max', px(value));
          break;
        case 'columnSpacing':
          setVariable(el, 'weft-dt-spaced', '--weft-dt-gap', px(value));
          break;
        case 'dividerThickness':
          setVariable(el, 'weft-dt-divided', '--weft-dt-divider', px(value));
          break;
        case 'horizontalLines':
          setVariable(el, 'weft-dt-lined', '--weft-dt-hlines', border(value));
          break;
        case 'verticalLines':
          setVariable(el, 'weft-dt-columned', '--weft-dt-vlines', border(value));
          break;
        case 'border':
          setStyle(scroll, 'border', border(value));
          break;
        case 'sortColumnIndex':
        case 'sortAscending':
        case 'showCheckboxColumn':
        case 'rowsPerPage':
          again = true;
          break;
        default:
          break;
      }
    }
    if (again) requestRefresh(el);
  },

  childHost(el, child) {
    const table = el.firstElementChild.firstElementChild;
    return child?.type === 'dataColumn' ? table.tHead.rows[0] : table.tBodies[0];
  },

  setDisabled(el) {
    requestRefresh(el); // the checkboxes follow (see refresh)
  },
};

