// `chip`: a Material chip. The chip itself is a <button> (a toggle, aria-pressed, for a filter
// chip: `selected` set); an input chip (the server listens to `delete`) has a second button after
// it, the delete button, named "Delete <label>" unless `deleteIconTooltip` says otherwise.
// Backspace or Delete on the chip deletes it too. A filter chip flips at once and sends `select`
// with the new boolean (always, so the server's copy is current); `click` goes out when listened.
//
//   <span class="weft-chip weft-chip--filter weft-selected" data-weft-id="31">
//     <button class="weft-chip-main" aria-pressed="true"><svg check/><span>Vegan</span></button>
//     <button class="weft-chip-delete" aria-label="Delete Vegan"><svg close/></button>
//   </span>

import { claimClicks, listensTo, wireFocus } from '../events.js';
import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';

const text = (value) => (value === null || value === undefined ? '' : String(value));
const parts = (el) => ({
  main: el.querySelector('.weft-chip-main'),
  lead: el.querySelector('.weft-chip-leading'),
  label: el.querySelector('.weft-chip-label'),
  remove: el.querySelector('.weft-chip-delete'),
});

function drawLeading(el, props) {
  const { lead } = parts(el);
  const checked = typeof props.selected === 'boolean' && props.selected && props.showCheckmark !== false;
  lead.replaceChildren();
  const icon = createIcon(checked ? 'check' : props.leadingIcon, 'weft-icon');
  if (icon) lead.append(icon);
  lead.hidden = icon === null;
  el.classList.toggle('weft-chip--leading', icon !== null);
}

function drawDelete(el, props) {
  const { remove } = parts(el);
  remove.hidden = !listensTo(props, 'delete');
  el.classList.toggle('weft-chip--input', !remove.hidden);
  const name = typeof props.deleteIconTooltip === 'string' ? props.deleteIconTooltip : `Delete ${text(props.label)}`;
  remove.setAttribute('aria-label', name);
}

export default {
  create(props, ctx) {
    const el = document.createElement('span');
    el.className = 'weft-chip';
    const main = document.createElement('button');
    main.type = 'button';
    main.className = 'weft-chip-main';
    const lead = document.createElement('span');
    lead.className = 'weft-chip-leading';
    const label = document.createElement('span');
    label.className = 'weft-chip-label';
    main.append(lead, label);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'weft-chip-delete';
    remove.append(createIcon('close', 'weft-icon'));
    el.append(main, remove);
    addRipple(main);
    claimClicks(el);
    main.addEventListener('click', () => {
      const p = ctx.node.props;
      if (typeof p.selected === 'boolean') {
        p.selected = !p.selected; // shown at once; the server is told below
        this.update(el, { selected: p.selected }, ctx);
        ctx.emit('select', p.selected, true);
      }
      ctx.emit('click', null);
    });
    main.addEventListener('keydown', (event) => {
      if ((event.key === 'Backspace' || event.key === 'Delete') && !remove.hidden) {
        event.preventDefault();
        ctx.emit('delete', null);
      }
    });
    remove.addEventListener('click', () => ctx.emit('delete', null));
    wireFocus(main, ctx);
    this.update(el, { label: null, selected: null, ...props }, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const props = ctx.node.props;
    const { main, label } = parts(el);
    if ('label' in delta) label.textContent = text(props.label);
    if ('selected' in delta) {
      const filter = typeof props.selected === 'boolean';
      el.classList.toggle('weft-chip--filter', filter);
      el.classList.toggle('weft-selected', props.selected === true);
      if (filter) main.setAttribute('aria-pressed', String(props.selected));
      else main.removeAttribute('aria-pressed');
    }
    if ('selected' in delta || 'leadingIcon' in delta || 'showCheckmark' in delta) drawLeading(el, props);
    if ('events' in delta || 'label' in delta || 'deleteIconTooltip' in delta) drawDelete(el, props);
  },

  setDisabled(el, disabled) {
    const { main, remove } = parts(el);
    main.disabled = disabled;
    remove.disabled = disabled;
  },
};
