// `expansionTile`: a list row that opens to show its controls. The header is one button
// (role="button", Enter and Space) with aria-expanded and aria-controls naming the body (a plain
// box, no region landmark: an FAQ of twenty tiles would bury the page's real landmarks). Its
// children are slots: leading, title, subtitle and trailing go into the header (placed by
// weft.css), controls into the body. The body opens and closes with a
// height animation (none under reduced motion) and is hidden (visibility) while closed, so its
// controls leave the tab order and the accessibility tree. `expanded` follows the user: every
// toggle is sent as `change` with the new boolean (always: value sync).
//
//   <div class="weft-expansion-tile weft-expansion-tile--open" data-weft-id="7">
//     <div class="weft-xt-header" role="button" tabindex="0" aria-expanded="true" aria-controls="weft-xt-7-body">
//       slots: leading, title, subtitle, trailing   <svg class="weft-xt-arrow">
//     </div>
//     <div class="weft-xt-body" id="weft-xt-7-body">
//       <div class="weft-xt-body-inner"> slot: controls </div>
//     </div>
//   </div>

import { isDisabled } from '../events.js';
import { createIcon } from '../icons.js';
import { color, setStyle } from '../style.js';
import { slotName } from './slot.js';

function setOpen(el, open) {
  el.classList.toggle('weft-expansion-tile--open', open);
  el.firstElementChild.setAttribute('aria-expanded', String(open));
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-expansion-tile';
    const header = document.createElement('div');
    header.className = 'weft-xt-header';
    header.id = `weft-xt-${ctx.id}-header`;
    header.setAttribute('role', 'button');
    header.tabIndex = 0;
    header.setAttribute('aria-controls', `weft-xt-${ctx.id}-body`);
    header.append(createIcon('expand_more', 'weft-xt-arrow'));
    const body = document.createElement('div');
    body.className = 'weft-xt-body';
    body.id = `weft-xt-${ctx.id}-body`;
    const inner = document.createElement('div');
    inner.className = 'weft-xt-body-inner';
    body.append(inner);
    el.append(header, body);

    const toggle = () => {
      if (isDisabled(ctx.node)) return;
      const open = !el.classList.contains('weft-expansion-tile--open');
      setOpen(el, open);
      ctx.node.props.expanded = open ? true : null; // what the server now holds too
      ctx.emit('change', open, true);
    };
    header.addEventListener('click', toggle);
    header.addEventListener('keydown', (event) => {
      if (event.target !== header || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault(); // Space would scroll the page
      if (!event.repeat) toggle();
    });
    setOpen(el, false);
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'expanded':
          setOpen(el, value === true);
          break;
        case 'bgcolor':
          setStyle(el, '--weft-xt-open-bg', color(value));
          break;
        case 'collapsedBgcolor':
          setStyle(el, '--weft-xt-closed-bg', color(value));
          break;
        default:
          break;
      }
    }
  },

  childHost(el, child) {
    return slotName(child) === 'controls' ? el.querySelector(':scope > .weft-xt-body > .weft-xt-body-inner')
      : el.firstElementChild;
  },

  setDisabled(el, disabled) {
    const header = el.firstElementChild;
    header.tabIndex = disabled ? -1 : 0;
    if (disabled) header.setAttribute('aria-disabled', 'true');
    else header.removeAttribute('aria-disabled');
  },
};
