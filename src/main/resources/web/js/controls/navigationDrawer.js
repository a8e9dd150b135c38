// `navigationDrawer`: Material's modal navigation drawer on a modal <dialog> (modal.js: focus in,
// Tab wraps, Escape and the scrim dismiss it, focus returned on close) sliding in from the start
// or the end (`position`). A `label` the app set shows as its headline. Inside, a <nav> of one
// button per destination; the selected one has
// `aria-current="page"` and Material's indicator, and takes the focus when the drawer opens. A
// click sends `change` with the destination's index (the server's selectedIndex follows); the
// arrow keys, Home and End move between destinations.

import { createIcon } from '../icons.js';
import { closeModal, openModal, wireModal } from '../modal.js';
import { addRipple } from '../ripple.js';

const DEFAULT_LABEL = 'Navigation menu';

function items(el) {
  return [...el.querySelectorAll('.weft-drawer-item')];
}

function build(el, ctx) {
  const list = el.querySelector('.weft-drawer-list');
  const { destinations, selectedIndex } = ctx.node.props;
  const selected = Number.isInteger(selectedIndex) ? selectedIndex : 0;
  list.replaceChildren();
  (Array.isArray(destinations) ? destinations : []).forEach((d, index) => {
    const on = index === selected;
    const li = document.createElement('li');
    const item = document.createElement('button');
    item.type = 'button';
    item.className = 'weft-drawer-item';
    item.classList.toggle('weft-selected', on);
    if (on) {
      item.setAttribute('aria-current', 'page');
      item.dataset.weftAutofocus = '';
    }
    const icon = createIcon(on && d?.selectedIcon ? d.selectedIcon : d?.icon, 'weft-icon weft-drawer-icon');
    if (icon) item.append(icon);
    const label = document.createElement('span');
    label.className = 'weft-drawer-label';
    label.textContent = typeof d?.label === 'string' ? d.label : '';
    item.append(label);
    item.addEventListener('click', () => {
      if (ctx.node.props.selectedIndex === index || (index === 0 && ctx.node.props.selectedIndex === undefined)) {
        ctx.emit('change', index); // picked again: the handler still hears it, nothing to sync
        return;
      }
      ctx.node.props.selectedIndex = index; // what the server will hold once it has the event
      build(el, ctx);
      items(el)[index]?.focus();
      ctx.emit('change', index, true);
    });
    addRipple(item);
    li.append(item);
    list.append(li);
  });
}

function onKeydown(e) {
  const all = items(e.currentTarget);
  const at = all.indexOf(document.activeElement);
  if (at < 0) return;
  let next = -1;
  if (e.key === 'ArrowDown') next = (at + 1) % all.length;
  else if (e.key === 'ArrowUp') next = (at - 1 + all.length) % all.length;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = all.length - 1;
  if (next < 0) return;
  e.preventDefault();
  all[next].focus();
}

export default {
  create(props, ctx) {
    const el = document.createElement('dialog');
    el.className = 'weft-drawer';
    const headline = document.createElement('h2');
    headline.className = 'weft-drawer-headline';
    headline.setAttribute('aria-hidden', 'true'); // the drawer's name already
    headline.hidden = true;
    const nav = document.createElement('nav');
    const list = document.createElement('ul');
    list.className = 'weft-drawer-list';
    nav.append(list);
    el.append(headline, nav);
    el.addEventListener('keydown', onKeydown);
    wireModal(el, () => ctx.emit('dismiss', null, true));
    this.update(el, { label: null, ...props }, ctx);
    build(el, ctx);
    return el;
  },

  update(el, delta, ctx) {
    let rebuild = false;
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'label': {
          const label = typeof value === 'string' && value !== '' ? value : DEFAULT_LABEL;
          el.setAttribute('aria-label', label);
          el.querySelector(':scope > nav').setAttribute('aria-label', label);
          const headline = el.querySelector(':scope > .weft-drawer-headline');
          headline.textContent = label === DEFAULT_LABEL ? '' : label;
          headline.hidden = headline.textContent === '';
          break;
        }
        case 'position':
          el.classList.toggle('weft-drawer--end', value === 'end');
          break;
        case 'destinations':
        case 'selectedIndex':
          rebuild = true;
          break;
        case 'open':
          ctx.afterPatch(() => (ctx.node.props.open === true ? openModal(el) : closeModal(el)));
          break;
        default:
          break;
      }
    }
    if (rebuild && el.isConnected) {
      const focused = items(el).indexOf(document.activeElement);
      build(el, ctx);
      if (focused >= 0) items(el)[focused]?.focus();
    }
  },
};
