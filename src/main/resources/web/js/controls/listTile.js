// `listTile`: a Material 3 list item, a three-column grid: leading | title over subtitle |
// trailing. Its children are the filled slots in slot order and `slots` names them; the renderer
// says where child n goes through custom properties on its own element (weft.css places
// `:nth-child(n)` by them), so the children's elements are never touched and a child re-created
// by a patch lands in the right place too. With a click listener it is a button-like row:
// role=button, focusable, Enter and Space click it, with a ripple.

import { listensTo, updateClickable, wireContainerClick } from '../events.js';
import { addRipple } from '../ripple.js';
import { insets, setStyle } from '../style.js';

const PLACES = {
  leading: { col: '1', row: '1 / span 2', part: 'side' },
  title: { col: '2', row: '1', part: 'title' },
  subtitle: { col: '2', row: '2', part: 'subtitle' },
  trailing: { col: '3', row: '1 / span 2', part: 'side' },
};

function placeSlots(el, slots) {
  const names = Array.isArray(slots) ? slots.filter((s) => Object.hasOwn(PLACES, s)) : [];
  const twoLine = names.includes('subtitle');
  for (let n = 1; n <= 4; n++) {
    const place = PLACES[names[n - 1]];
    const alone = names[n - 1] === 'title' && !twoLine;
    setStyle(el, `--weft-slot-${n}-col`, place ? place.col : '');
    setStyle(el, `--weft-slot-${n}-row`, place ? (alone ? '1 / span 2' : place.row) : '');
    setStyle(el, `--weft-slot-${n}-color`, place ? `var(--weft-tile-${place.part}-color)` : '');
    setStyle(el, `--weft-slot-${n}-font`, place ? `var(--weft-tile-${place.part}-font)` : '');
  }
  el.classList.toggle('weft-list-tile--two-line', twoLine);
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-list-tile';
    wireContainerClick(el, ctx);
    addRipple(el, () => listensTo(ctx.node.props, 'click'));
    placeSlots(el, null);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'slots':
          placeSlots(el, value);
          break;
        case 'selected':
          el.classList.toggle('weft-list-tile--selected', value === true);
          if (value === true) el.setAttribute('aria-current', 'true');
          else el.removeAttribute('aria-current');
          break;
        case 'dense':
          el.classList.toggle('weft-list-tile--dense', value === true);
          break;
        case 'contentPadding':
          setStyle(el, 'padding', insets(value));
          break;
        default:
          break;
      }
    }
    if ('events' in delta || 'disabled' in delta) updateClickable(el, ctx.node.props);
  },

  childHost(el) {
    return el;
  },
};
