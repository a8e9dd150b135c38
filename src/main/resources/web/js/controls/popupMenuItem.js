// `popupMenuItem` and `menuItemButton`: one entry of a menu, a <button role=menuitem> out of the
// Tab order (the menu moves the focus: js/menu.js), with an optional leading icon. `checked`
// true or false makes it a menuitemcheckbox with aria-checked and a check mark (in the icon's
// place); the server's
// handler flips it. A click (Enter or Space, through menu.js) sends `click`.

import { wireClick } from '../events.js';
import { createIcon } from '../icons.js';

function draw(el, props) {
  const checkable = typeof props.checked === 'boolean';
  el.setAttribute('role', checkable ? 'menuitemcheckbox' : 'menuitem');
  if (checkable) el.setAttribute('aria-checked', String(props.checked));
  else el.removeAttribute('aria-checked');
  // a check item shows its check mark (when checked) where an icon would go
  const lead = checkable ? createIcon('check', 'weft-icon weft-menu-item-icon weft-menu-item-check')
    : createIcon(props.icon, 'weft-icon weft-menu-item-icon');
  const text = document.createElement('span');
  text.className = 'weft-menu-item-text';
  text.textContent = typeof props.text === 'string' ? props.text : '';
  el.replaceChildren(...(lead ? [lead] : []), text);
  el.classList.toggle('weft-menu-item--checked', props.checked === true);
  el.classList.toggle('weft-menu-item--lead', lead !== null || checkable);
}

export default {
  create(props, ctx) {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'weft-menu-item';
    el.tabIndex = -1;
    wireClick(el, ctx);
    draw(el, props);
    return el;
  },

  update(el, delta, ctx) {
    if ('text' in delta || 'icon' in delta || 'checked' in delta) draw(el, ctx.node.props);
  },

  setDisabled(el, disabled) {
    // stays focusable, as WAI-ARIA wants of disabled menu items: arrows still reach it
    if (disabled) el.setAttribute('aria-disabled', 'true');
    else el.removeAttribute('aria-disabled');
  },
};
