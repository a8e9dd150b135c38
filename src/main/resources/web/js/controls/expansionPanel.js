// `expansionPanel`: one panel of an expansionPanelList. Its header slot sits beside an arrow
// button (aria-expanded, aria-controls the body, named by the header); its content slot is in a
// body (no region landmark, as in expansionTile.js) that opens with a height animation and is hidden while closed. The list's renderer
// handles the clicks (it knows the panel's index, which its `change` event carries).
//
//   <div class="weft-expansion-panel" data-weft-id="12">
//     <div class="weft-ep-header">
//       <div class="weft-ep-title" id="weft-ep-12-title"> slot: header </div>
//       <button class="weft-ep-toggle" aria-expanded="false" aria-controls="weft-ep-12-body" aria-labelledby="weft-ep-12-title">
//     </div>
//     <div class="weft-ep-body" id="weft-ep-12-body">
//       <div class="weft-ep-body-inner"> slot: content </div>
//     </div>
//   </div>

import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { color, setStyle } from '../style.js';
import { slotName } from './slot.js';

/** Opens or closes a panel's element (also called by the list when the user toggles it). */
export function setPanelOpen(el, open) {
  el.classList.toggle('weft-expansion-panel--open', open);
  el.querySelector(':scope > .weft-ep-header > .weft-ep-toggle').setAttribute('aria-expanded', String(open));
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-expansion-panel';
    const header = document.createElement('div');
    header.className = 'weft-ep-header';
    const title = document.createElement('div');
    title.className = 'weft-ep-title';
    title.id = `weft-ep-${ctx.id}-title`;
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'weft-icon-button weft-icon-button--standard weft-ep-toggle';
    toggle.setAttribute('aria-controls', `weft-ep-${ctx.id}-body`);
    toggle.setAttribute('aria-labelledby', title.id);
    toggle.append(createIcon('expand_more', 'weft-icon weft-ep-arrow'));
    addRipple(toggle);
    header.append(title, toggle);
    const body = document.createElement('div');
    body.className = 'weft-ep-body';
    body.id = `weft-ep-${ctx.id}-body`;
    const inner = document.createElement('div');
    inner.className = 'weft-ep-body-inner';
    body.append(inner);
    el.append(header, body);
    setPanelOpen(el, false);
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'expanded':
          setPanelOpen(el, value === true);
          break;
        case 'canTapHeader':
          el.classList.toggle('weft-expansion-panel--tap-header', value === true);
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          break;
        default:
          break;
      }
    }
  },

  childHost(el, child) {
    return slotName(child) === 'content' ? el.querySelector(':scope > .weft-ep-body > .weft-ep-body-inner')
      : el.querySelector(':scope > .weft-ep-header > .weft-ep-title');
  },

  setDisabled(el, disabled) {
    el.querySelector(':scope > .weft-ep-header > .weft-ep-toggle').disabled = disabled;
  },
};
