// `datePicker`: Material 3's modal date picker on a <dialog> (pickerDialog.js, modal.js), its
// calendar following the WAI-ARIA date picker dialog pattern:
//
//   <dialog class="weft-picker weft-date-picker" aria-modal="true" aria-labelledby="…-help">
//     <div class="weft-picker-help">Select date</div>
//     <div class="weft-date-picker-headline" aria-live="polite">Mon, Dec 7</div>
//     <div class="weft-date-picker-nav">
//       <button aria-expanded="false" aria-label="December 2026, choose year">December 2026 ▾</button>
//       <button aria-label="Previous month"/> <button aria-label="Next month"/>
//     </div>
//     <table role="grid" aria-labelledby="…-month">          (the calendar, or the year list:)
//       <thead><tr><th scope="col" abbr="Monday">M</th>…</tr></thead>
//       <tbody><tr><td role="gridcell" tabindex="-1" aria-label="Monday, December 7, 2026"
//                      aria-selected="false" aria-current="date">7</td>…</tr>…</tbody>
//     </table>
//     <div role="listbox" aria-label="Year" hidden><div role="option" aria-selected>2026</div>…</div>
//     <div class="weft-picker-actions">Cancel OK</div>
//   </dialog>
//
// One day cell has tabindex 0 (roving tabindex): the focused day. Keys in the grid: arrows move by
// a day or a week, PageUp/PageDown by a month (with Shift by a year), Home/End to the week's start
// or end; the focus never leaves [firstDate, lastDate] (days outside are aria-disabled). Space or
// a click selects the day (the headline shows it); Enter selects it and confirms, as OK does. The
// choice is the dialog's own until confirmed: each opening starts from the server's value.

import * as cal from '../calendar.js';
import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { applyOpen, applyTexts, confirmPicker, createPickerDialog, insertContent } from './pickerDialog.js';

const DEFAULT_FIRST = cal.parseIso('1900-01-01'); // DatePicker.DEFAULT_FIRST_DATE
const DEFAULT_LAST = cal.parseIso('2050-01-01'); // DatePicker.DEFAULT_LAST_DATE

/**
 * dialog -> { ctx, value (the server's, as day numbers), selected (the dialog's choice), focused
 * (the roving tab stop), view (the shown month's first day), years (the year list shows) }
 */
const states = new WeakMap();

function range(props) {
  const first = cal.parseIso(props.firstDate) ?? DEFAULT_FIRST;
  const last = cal.parseIso(props.lastDate) ?? DEFAULT_LAST;
  return { first, last: Math.max(first, last) };
}

const firstWeekday = (props) => (Number.isInteger(props.firstDayOfWeek)
  && props.firstDayOfWeek >= 1 && props.firstDayOfWeek <= 7 ? props.firstDayOfWeek : 1);

const monthStart = (n) => { const p = cal.partsOf(n); return cal.dayOf(p.year, p.month, 1); };

function iconButton(icon, label, className) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `weft-icon-button weft-icon-button--standard ${className}`;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.append(createIcon(icon));
  addRipple(button);
  return button;
}

function build(dialog, ctx) {
  const headline = document.createElement('div');
  headline.className = 'weft-date-picker-headline';
  headline.setAttribute('aria-live', 'polite');
  const divider = document.createElement('div');
  divider.className = 'weft-date-picker-divider';

  const nav = document.createElement('div');
  nav.className = 'weft-date-picker-nav';
  const yearToggle = document.createElement('button');
  yearToggle.type = 'button';
  yearToggle.className = 'weft-date-picker-year-toggle';
  yearToggle.setAttribute('aria-expanded', 'false');
  const monthLabel = document.createElement('span');
  monthLabel.id = `weft-${ctx.id}-month`;
  yearToggle.append(monthLabel, createIcon('expand_more', 'weft-icon weft-date-picker-year-arrow'));
  addRipple(yearToggle);
  const previous = iconButton('chevron_left', 'Previous month', 'weft-date-picker-previous');
  const next = iconButton('chevron_right', 'Next month', 'weft-date-picker-next');
  nav.append(yearToggle, previous, next);

  const grid = document.createElement('table');
  grid.className = 'weft-date-picker-grid';
  grid.setAttribute('role', 'grid');
  grid.setAttribute('aria-labelledby', monthLabel.id);
  grid.append(document.createElement('thead'), document.createElement('tbody'));

  const years = document.createElement('div');
  years.className = 'weft-date-picker-years';
  years.setAttribute('role', 'listbox');
  years.setAttribute('aria-label', 'Year');
  years.hidden = true;

  const body = document.createElement('div');
  body.className = 'weft-date-picker-body';
  body.append(grid, years);
  insertContent(dialog, headline, divider, nav, body);

  yearToggle.addEventListener('click', () => showYears(dialog, !states.get(dialog).years));
  previous.addEventListener('click', () => turnMonth(dialog, -1));
  next.addEventListener('click', () => turnMonth(dialog, 1));
  grid.addEventListener('click', (event) => {
    const cell = event.target.closest('td[data-date]');
    if (!cell || cell.getAttribute('aria-disabled') === 'true') return;
    const n = cal.parseIso(cell.dataset.date);
    select(dialog, n);
    moveFocus(dialog, n);
  });
  grid.addEventListener('keydown', (event) => onGridKey(dialog, event));
  years.addEventListener('click', (event) => {
    const option = event.target.closest('[data-year]');
    if (option) pickYear(dialog, Number(option.dataset.year));
  });
  years.addEventListener('keydown', (event) => onYearKey(dialog, event));
}

// ------------------------------------------------------------------ state

/** Back to the server's value: called at each opening. */
function reset(dialog) {
  const s = states.get(dialog);
  const props = s.ctx.node.props;
  const { first, last } = range(props);
  s.selected = s.value;
  if (s.selected !== null && (s.selected < first || s.selected > last)) s.selected = null;
  s.focused = cal.clamp(s.selected ?? currentDate(props), first, last);
  s.view = monthStart(s.focused);
  s.years = false;
}

function currentDate(props) {
  return cal.parseIso(props.currentDate) ?? cal.today();
}

function select(dialog, n) {
  const s = states.get(dialog);
  s.selected = n;
  renderHeadline(dialog);
  for (const cell of dialog.querySelectorAll('td[data-date]')) {
    if (cell.getAttribute('aria-disabled') === 'true') continue;
    cell.setAttribute('aria-selected', String(cal.parseIso(cell.dataset.date) === n));
  }
  dialog.querySelector('.weft-picker-ok').disabled = false;
}

/** Moves the roving focus to day `n` (kept inside the range), showing its month. */
function moveFocus(dialog, n) {
  const s = states.get(dialog);
  const { first, last } = range(s.ctx.node.props);
  s.focused = cal.clamp(n, first, last);
  if (monthStart(s.focused) !== s.view) {
    s.view = monthStart(s.focused);
    renderMonth(dialog);
  } else {
    for (const cell of dialog.querySelectorAll('td[data-date]')) roveTo(cell, cell.dataset.date === cal.toIso(s.focused));
  }
  dialog.querySelector('td[tabindex="0"]')?.focus();
}

function roveTo(cell, on) {
  cell.tabIndex = on ? 0 : -1;
  cell.toggleAttribute('data-weft-autofocus', on);
}

/** The previous or next month button: the month turns, the focus stays on the button. */
function turnMonth(dialog, months) {
  const s = states.get(dialog);
  const { first, last } = range(s.ctx.node.props);
  const view = cal.addMonths(s.view, months);
  if (view < monthStart(first) || view > monthStart(last)) return;
  const { year, month } = cal.partsOf(view);
  s.view = view;
  s.focused = cal.clamp(cal.dayOf(year, month, Math.min(cal.partsOf(s.focused).day,
    cal.daysInMonth(year, month))), first, last);
  renderMonth(dialog);
  keepFocusInside(dialog);
}

/** A button disabled while it had the focus (the range's last month reached) hands it on. */
function keepFocusInside(dialog) {
  const active = document.activeElement;
  if (active === document.body || (active instanceof HTMLButtonElement && active.disabled)
      || (active && !active.isConnected)) {
    dialog.querySelector('td[tabindex="0"]')?.focus();
  }
}

/** OK, or Enter on a day: the selection becomes the value (the server stores it the same way). */
function confirmValue(dialog) {
  const s = states.get(dialog);
  if (s.selected === null) return null;
  s.value = s.selected;
  return cal.toIso(s.selected);
}

// ------------------------------------------------------------------ keys

function onGridKey(dialog, event) {
  const cell = event.target.closest('td[data-date]');
  if (!cell) return;
  const s = states.get(dialog);
  const n = s.focused;
  const weekday = cal.partsOf(n).weekday;
  const fromWeekStart = (weekday - firstWeekday(s.ctx.node.props) + 7) % 7;
  let target = null;
  switch (event.key) {
    case 'ArrowLeft': target = n - 1; break;
    case 'ArrowRight': target = n + 1; break;
    case 'ArrowUp': target = n - 7; break;
    case 'ArrowDown': target = n + 7; break;
    case 'PageUp': target = cal.addMonths(n, event.shiftKey ? -12 : -1); break;
    case 'PageDown': target = cal.addMonths(n, event.shiftKey ? 12 : 1); break;
    case 'Home': target = n - fromWeekStart; break;
    case 'End': target = n + 6 - fromWeekStart; break;
    case ' ':
    case 'Enter': {
      event.preventDefault();
      if (cell.getAttribute('aria-disabled') === 'true') return;
      select(dialog, n);
      if (event.key === 'Enter') confirmPicker(dialog, s.ctx, () => confirmValue(dialog));
      return;
    }
    default:
      return;
  }
  event.preventDefault();
  moveFocus(dialog, target);
}

function onYearKey(dialog, event) {
  const option = event.target.closest('[data-year]');
  if (!option) return;
  const options = [...dialog.querySelectorAll('[data-year]')];
  const index = options.indexOf(option);
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 }[event.key];
  let target = null;
  if (step !== undefined) target = options[cal.clamp(index + step, 0, options.length - 1)];
  else if (event.key === 'Home') target = options[0];
  else if (event.key === 'End') target = options[options.length - 1];
  else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    pickYear(dialog, Number(option.dataset.year));
    return;
  } else return;
  event.preventDefault();
  for (const o of options) o.tabIndex = o === target ? 0 : -1;
  target.focus();
}

// ------------------------------------------------------------------ drawing

function render(dialog) {
  const s = states.get(dialog);
  applyTexts(dialog, s.ctx.node.props, 'Select date');
  renderHeadline(dialog);
  renderMonth(dialog);
  dialog.querySelector('.weft-picker-ok').disabled = s.selected === null;
  if (s.years) renderYears(dialog);
}

function renderHeadline(dialog) {
  const s = states.get(dialog);
  dialog.querySelector('.weft-date-picker-headline').textContent = s.selected === null
    ? 'Date' : cal.format(s.selected, { weekday: 'short', month: 'short', day: 'numeric' });
}

function renderMonth(dialog) {
  const s = states.get(dialog);
  const props = s.ctx.node.props;
  const { first, last } = range(props);
  const title = cal.format(s.view, { month: 'long', year: 'numeric' });
  dialog.querySelector(`#weft-${s.ctx.id}-month`).textContent = title;
  const toggle = dialog.querySelector('.weft-date-picker-year-toggle');
  toggle.setAttribute('aria-label', `${title}, choose year`);
  dialog.querySelector('.weft-date-picker-previous').disabled = s.view <= monthStart(first);
  dialog.querySelector('.weft-date-picker-next').disabled = s.view >= monthStart(last);

  const startWeekday = firstWeekday(props);
  const head = document.createElement('tr');
  for (let i = 0; i < 7; i++) {
    const day = cal.dayOf(2024, 1, 1 + ((startWeekday - 1 + i) % 7)); // 2024-01-01 was a Monday
    const th = document.createElement('th');
    th.scope = 'col';
    th.abbr = cal.format(day, { weekday: 'long' });
    th.setAttribute('aria-label', th.abbr);
    th.textContent = cal.format(day, { weekday: 'narrow' });
    head.append(th);
  }
  dialog.querySelector('thead').replaceChildren(head);

  const { year, month } = cal.partsOf(s.view);
  const length = cal.daysInMonth(year, month);
  const today = currentDate(props);
  const lead = (cal.partsOf(s.view).weekday - startWeekday + 7) % 7;
  const rows = [];
  let row = null;
  for (let slot = 0; slot < lead + length; slot++) {
    if (slot % 7 === 0) {
      row = document.createElement('tr');
      rows.push(row);
    }
    const cell = document.createElement('td');
    cell.setAttribute('role', 'gridcell');
    row.append(cell);
    if (slot < lead) continue;
    const n = s.view + slot - lead;
    cell.dataset.date = cal.toIso(n);
    cell.setAttribute('aria-label', cal.format(n, { dateStyle: 'full' }));
    const label = document.createElement('span');
    label.className = 'weft-date-picker-day';
    label.setAttribute('aria-hidden', 'true');
    label.textContent = cal.format(n, { day: 'numeric' });
    cell.append(label);
    if (n < first || n > last) cell.setAttribute('aria-disabled', 'true');
    else cell.setAttribute('aria-selected', String(n === s.selected));
    if (n === today) cell.setAttribute('aria-current', 'date');
    roveTo(cell, n === s.focused);
  }
  while (row && row.children.length < 7) {
    const filler = document.createElement('td');
    filler.setAttribute('role', 'gridcell');
    row.append(filler);
  }
  dialog.querySelector('tbody').replaceChildren(...rows);
}

function renderYears(dialog) {
  const s = states.get(dialog);
  const { first, last } = range(s.ctx.node.props);
  const shown = cal.partsOf(s.view).year;
  const list = dialog.querySelector('.weft-date-picker-years');
  const options = [];
  for (let year = cal.partsOf(first).year; year <= cal.partsOf(last).year; year++) {
    const option = document.createElement('div');
    option.className = 'weft-date-picker-year';
    option.setAttribute('role', 'option');
    option.dataset.year = String(year);
    option.setAttribute('aria-selected', String(year === shown));
    option.tabIndex = year === shown ? 0 : -1;
    option.textContent = cal.format(cal.dayOf(year, 6, 1), { year: 'numeric' });
    options.push(option);
  }
  list.replaceChildren(...options);
}

/** The year list instead of the calendar (M3's year picker), or back. */
function showYears(dialog, on) {
  const s = states.get(dialog);
  s.years = on;
  dialog.classList.toggle('weft-date-picker--years', on);
  dialog.querySelector('.weft-date-picker-year-toggle').setAttribute('aria-expanded', String(on));
  dialog.querySelector('.weft-date-picker-grid').hidden = on;
  const list = dialog.querySelector('.weft-date-picker-years');
  list.hidden = !on;
  for (const b of dialog.querySelectorAll('.weft-date-picker-previous, .weft-date-picker-next')) b.hidden = on;
  if (on) {
    renderYears(dialog);
    const current = list.querySelector('[tabindex="0"]');
    current?.scrollIntoView({ block: 'center' });
    current?.focus();
  }
}

function pickYear(dialog, year) {
  const s = states.get(dialog);
  const { first, last } = range(s.ctx.node.props);
  const p = cal.partsOf(s.focused);
  s.focused = cal.clamp(cal.dayOf(year, p.month, Math.min(p.day, cal.daysInMonth(year, p.month))), first, last);
  s.view = monthStart(s.focused);
  showYears(dialog, false);
  renderMonth(dialog);
  dialog.querySelector('td[tabindex="0"]')?.focus();
}

export default {
  create(props, ctx) {
    const dialog = createPickerDialog(ctx, 'weft-date-picker', () => confirmValue(dialog));
    states.set(dialog, { ctx, value: null, selected: null, focused: null, view: null, years: false });
    build(dialog, ctx);
    this.update(dialog, props, ctx);
    return dialog;
  },

  update(dialog, delta, ctx) {
    const s = states.get(dialog);
    if ('value' in delta) s.value = cal.parseIso(delta.value);
    if (delta.open === true && !dialog.open) {
      applyOpen(dialog, true, () => {
        reset(dialog);
        showYears(dialog, false);
        render(dialog);
      });
      return;
    }
    if (dialog.open) {
      // changed while open: redraw, keeping the user's place in the range
      const { first, last } = range(ctx.node.props);
      if ('value' in delta) s.selected = s.value;
      if (s.selected !== null && (s.selected < first || s.selected > last)) s.selected = null;
      s.focused = cal.clamp(s.focused, first, last);
      s.view = monthStart(s.focused);
      render(dialog);
      keepFocusInside(dialog);
    }
    if ('open' in delta && delta.open !== true) applyOpen(dialog, false);
  },
};
