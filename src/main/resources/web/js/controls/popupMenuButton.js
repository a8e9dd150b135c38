// `popupMenuButton`: a <button aria-haspopup=menu> and its role=menu popover (js/menu.js), whose
// child host holds the items (popupMenuItem, divider). The button shows `icon` (more_vert by
// default) or, with `text`, a text label and a drop-down arrow. An icon-only button is named by
// its tooltip (aria-label), else "More options"; the menu is named by the button.
//
//   <div class="weft-popup-menu">
//     <button aria-haspopup="menu" aria-expanded="false" aria-controls="weft-7-menu">…</button>
//     <div role="menu" id="weft-7-menu" popover="manual" aria-labelledby="weft-7-button">items</div>
//   </div>

import { createIcon } from '../icons.js';
import { closeMenu, linkMenu, openMenu, wireMenu } from '../menu.js';
import { addRipple } from '../ripple.js';

const DEFAULT_ICON = 'more_vert';

function draw(button, props) {
  const text = typeof props.text === 'string' && props.text !== '' ? props.text : null;
  button.replaceChildren();
  button.className = text ? 'weft-popup-menu-button weft-button weft-button--text'
    : 'weft-popup-menu-button weft-icon-button weft-icon-button--standard';
  if (text) {
    const icon = createIcon(props.icon);
    if (icon) button.append(icon);
    const label = document.createElement('span');
    label.textContent = text;
    button.append(label, createIcon('expand_more', 'weft-icon weft-popup-menu-arrow'));
    button.removeAttribute('aria-label');
  } else {
    const icon = createIcon(typeof props.icon === 'string' ? props.icon : DEFAULT_ICON);
    if (icon) button.append(icon);
    const name = typeof props.tooltip === 'string' && props.tooltip !== '' ? props.tooltip : 'More options';
    button.setAttribute('aria-label', name);
  }
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-popup-menu';
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `weft-${ctx.id}-button`;
    const menu = document.createElement('div');
    menu.className = 'weft-menu';
    menu.id = `weft-${ctx.id}-menu`;
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-labelledby', button.id);
    button.setAttribute('aria-controls', menu.id);
    linkMenu(button, menu);
    wireMenu(menu);
    button.addEventListener('click', (event) => {
      if (button.getAttribute('aria-expanded') === 'true') closeMenu(button);
      else openMenu(button, { ring: event.detail === 0 }); // detail 0: Enter or Space
    });
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      openMenu(button, { focus: event.key === 'ArrowDown' ? 'first' : 'last' });
    });
    addRipple(button);
    el.append(button, menu);
    draw(button, props);
    return el;
  },

  update(el, delta, ctx) {
    if ('icon' in delta || 'text' in delta || 'tooltip' in delta) draw(el.querySelector('button'), ctx.node.props);
  },

  childHost(el) {
    return el.querySelector('[role="menu"]');
  },

  setDisabled(el, disabled) {
    const button = el.querySelector('button');
    button.disabled = disabled;
    if (disabled) closeMenu(button);
  },
};
