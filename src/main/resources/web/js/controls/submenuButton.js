// `submenuButton`: an entry that opens a menu, in a menubar or another menu. A presentational
// wrapper holds the entry (a <button role=menuitem aria-haspopup=menu>, out of the Tab order) and
// its role=menu popover, the child host; js/menu.js opens it below the entry in a bar, to the side
// in a menu (where a chevron shows it).
//
//   <div class="weft-submenu" role="none">
//     <button role="menuitem" aria-haspopup="menu" aria-expanded="false">[icon] File</button>
//     <div role="menu" popover="manual" aria-labelledby="…">entries</div>
//   </div>

import { createIcon } from '../icons.js';
import { closeMenu, linkMenu, wireMenu } from '../menu.js';

function draw(button, props) {
  const icon = createIcon(props.icon, 'weft-icon weft-menu-item-icon');
  const text = document.createElement('span');
  text.className = 'weft-menu-item-text';
  text.textContent = typeof props.text === 'string' ? props.text : '';
  button.replaceChildren(...(icon ? [icon] : []), text,
    createIcon('chevron_right', 'weft-icon weft-submenu-chevron'));
  button.classList.toggle('weft-menu-item--lead', icon !== null);
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-submenu';
    el.setAttribute('role', 'none');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'weft-menu-item weft-submenu-button';
    button.id = `weft-${ctx.id}-button`;
    button.setAttribute('role', 'menuitem');
    button.tabIndex = -1;
    const menu = document.createElement('div');
    menu.className = 'weft-menu';
    menu.id = `weft-${ctx.id}-menu`;
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-labelledby', button.id);
    button.setAttribute('aria-controls', menu.id);
    linkMenu(button, menu);
    wireMenu(menu);
    el.append(button, menu);
    draw(button, props);
    return el;
  },

  update(el, delta, ctx) {
    if ('text' in delta || 'icon' in delta) draw(el.querySelector('button'), ctx.node.props);
  },

  childHost(el) {
    return el.querySelector('[role="menu"]');
  },

  setDisabled(el, disabled) {
    const button = el.querySelector('button');
    if (disabled) {
      button.setAttribute('aria-disabled', 'true');
      closeMenu(button);
    } else {
      button.removeAttribute('aria-disabled');
    }
  },
};
