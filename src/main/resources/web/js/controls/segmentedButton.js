// `segmentedButton`: a row of <button>s. Single-select (the default) behaves like radios: the
// row is a role=radiogroup of role=radio buttons; multi-select is a role=group of toggle buttons
// (aria-pressed). Either way the row is one Tab stop (roving tabindex): arrows (and Home, End)
// move the focus, and in single-select they choose too, as radios do; Space or Enter (or a click)
// chooses or toggles. The new selection goes to the server as `change`, a JSON array of values in a string (always,
// so `selected` is current).
//
//   <div class="weft-segmented" role="radiogroup" aria-label="View">
//     <button role="radio" aria-checked="true" class="weft-segment weft-selected"><svg check/>Day</button>
//     …
//   </div>

import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { setTooltip } from '../tooltip.js';

const buttons = (el) => [...el.querySelectorAll(':scope > .weft-segment')];
const multi = (props) => props.allowMultipleSelection === true;
const selectedOf = (props) => new Set(Array.isArray(props.selected) ? props.selected.map(String) : []);

function build(el, props, ctx) {
  const segments = Array.isArray(props.segments) ? props.segments.filter((s) => s && typeof s.value === 'string') : [];
  el.replaceChildren(...segments.map((segment) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'weft-segment';
    button.dataset.value = segment.value;
    const check = createIcon('check', 'weft-icon weft-segment-check');
    const icon = createIcon(segment.icon, 'weft-icon weft-segment-icon');
    if (check) button.append(check);
    if (icon) button.append(icon);
    if (typeof segment.label === 'string') {
      const label = document.createElement('span');
      label.className = 'weft-segment-label';
      label.textContent = segment.label;
      button.append(label);
    } else {
      button.classList.add('weft-segment--icon-only');
    }
    if (typeof segment.tooltip === 'string') {
      if (typeof segment.label !== 'string') button.setAttribute('aria-label', segment.tooltip);
      setTooltip(button, segment.tooltip);
    }
    button.addEventListener('click', () => choose(el, button, ctx));
    addRipple(button);
    return button;
  }));
}

function show(el, props) {
  const selected = selectedOf(props);
  const many = multi(props);
  el.setAttribute('role', many ? 'group' : 'radiogroup');
  el.classList.toggle('weft-segmented--no-check', props.showSelectedIcon === false);
  const all = buttons(el);
  for (const button of all) {
    const on = selected.has(button.dataset.value);
    button.classList.toggle('weft-selected', on);
    if (many) {
      button.removeAttribute('role');
      button.removeAttribute('aria-checked');
      button.setAttribute('aria-pressed', String(on));
    } else {
      button.setAttribute('role', 'radio');
      button.setAttribute('aria-checked', String(on));
      button.removeAttribute('aria-pressed');
    }
  }
  // one Tab stop: the focused button if any, else the first selected, else the first
  const keep = all.find((b) => b === document.activeElement) ?? all.find((b) => b.classList.contains('weft-selected')) ?? all[0];
  for (const button of all) button.tabIndex = button === keep ? 0 : -1;
}

/** A click, Space or Enter on a segment: the selection it makes, shown at once and sent. */
function choose(el, button, ctx) {
  const props = ctx.node.props;
  const selected = selectedOf(props);
  const value = button.dataset.value;
  let next;
  if (multi(props)) {
    next = new Set(selected);
    if (next.has(value)) next.delete(value);
    else next.add(value);
  } else {
    next = selected.has(value) && props.allowEmptySelection === true ? new Set() : new Set([value]);
  }
  if (next.size === 0 && props.allowEmptySelection !== true) return; // the last one stays
  const ordered = buttons(el).map((b) => b.dataset.value).filter((v) => next.has(v));
  if (ordered.length === selected.size && ordered.every((v) => selected.has(v))) return;
  props.selected = ordered; // what the user sees is what the server will be told
  show(el, props);
  ctx.emit('change', JSON.stringify(ordered), true); // event data is a scalar: a JSON array in a string
}

const STEP = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function onKey(el, event, ctx) {
  const all = buttons(el).filter((b) => !b.disabled);
  const index = all.indexOf(document.activeElement);
  if (index < 0) return;
  let target;
  if (event.key in STEP) {
    const rtl = getComputedStyle(el).direction === 'rtl' && (event.key === 'ArrowLeft' || event.key === 'ArrowRight');
    target = all[(index + (rtl ? -STEP[event.key] : STEP[event.key]) + all.length) % all.length];
  } else if (event.key === 'Home') target = all[0];
  else if (event.key === 'End') target = all[all.length - 1];
  else return;
  event.preventDefault();
  for (const b of all) b.tabIndex = b === target ? 0 : -1;
  target.focus();
  if (!multi(ctx.node.props)) choose(el, target, ctx);
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-segmented';
    el.addEventListener('keydown', (event) => onKey(el, event, ctx));
    this.update(el, { segments: null, ...props }, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    if ('segments' in delta) build(el, props, ctx);
    if ('label' in delta) {
      if (typeof props.label === 'string' && props.label !== '') el.setAttribute('aria-label', props.label);
      else el.removeAttribute('aria-label');
    }
    show(el, props);
  },

  setDisabled(el, disabled) {
    for (const button of buttons(el)) button.disabled = disabled;
  },
};
