// Menus, WAI-ARIA's menu button and menubar patterns, shared by popupMenuButton, menuBar and
// submenuButton. A menu is a role=menu element shown as a popover (the top layer: never clipped by
// a scrolling parent, above a modal dialog), placed next to the element that opened it (its
// "opener": a button with aria-haspopup=menu) and kept inside the viewport. `opener.weftMenu` and
// `menu.weftOpener` link the two; a submenu's element lies inside its parent menu, so DOM events
// bubble through the menus in the order the user sees them.
//
// Keys in a menu: Up/Down move (wrapping), Home/End, a letter jumps to the next item starting with
// it, Enter/Space activate (or open a submenu), Right opens a submenu, Left closes one, Escape
// closes the menu and puts the focus back on its opener, Tab closes every menu and lets the focus
// move on. In a menubar: Left/Right move along the bar (one Tab stop, a roving tabindex),
// Down/Enter/Space open, Up opens at the last item; Left/Right in a bar's menu go to the
// neighbouring menu. Choosing an item closes all the menus and returns the focus to the first
// opener (the menu button, or the bar's entry); a click outside closes them, focus left alone.

const ITEM = '[role="menuitem"], [role="menuitemcheckbox"]';
const MENU = '[role="menu"], [role="menubar"]';
const EDGE = 8; // the least space kept between a menu and the viewport's edge, in px

/** Openers whose menus are open and that are in no menu themselves (menu buttons, bar entries). */
const openTops = new Set();

/** The items of `menu` itself (not of its submenus), in order; hidden ones only with `hidden`. */
export function itemsOf(menu, { hidden = false } = {}) {
  return [...menu.querySelectorAll(ITEM)].filter((item) => item.parentElement.closest(MENU) === menu
    && (hidden || item.getClientRects().length > 0));
}

const parentMenu = (el) => el.parentElement?.closest(MENU) ?? null;
const isOpen = (opener) => opener.getAttribute('aria-expanded') === 'true';

/** Makes `opener` open `menu`. */
export function linkMenu(opener, menu) {
  opener.weftMenu = menu;
  menu.weftOpener = opener;
  opener.setAttribute('aria-haspopup', 'menu');
  opener.setAttribute('aria-expanded', 'false');
  menu.popover = 'manual';
}

/**
 * Opens `opener`'s menu beside it (`side`: 'below' or 'right') and focuses its first or last item
 * (`focus`: 'first', 'last' or null). Other menus open at the same level close.
 */
export function openMenu(opener, { focus = 'first', side = 'below', ring = true } = {}) {
  const menu = opener.weftMenu;
  if (!menu) return;
  const parent = parentMenu(opener);
  if (parent) {
    for (const other of itemsOf(parent)) if (other !== opener && other.weftMenu) closeMenu(other);
  } else {
    for (const other of [...openTops]) if (other !== opener) closeMenu(other);
  }
  if (!isOpen(opener)) {
    opener.setAttribute('aria-expanded', 'true');
    if (!menu.matches(':popover-open')) menu.showPopover();
    place(menu, opener, side);
    if (!parent || parent.getAttribute('role') === 'menubar') openTops.add(opener);
  }
  const items = itemsOf(menu);
  if (focus === 'first') focusItem(items[0], ring);
  else if (focus === 'last') focusItem(items[items.length - 1], ring);
}

/** Closes `opener`'s menu and its open submenus; with `returnFocus`, focuses the opener. */
export function closeMenu(opener, { returnFocus = false } = {}) {
  const menu = opener.weftMenu;
  if (menu && isOpen(opener)) {
    for (const inner of menu.querySelectorAll('[aria-expanded="true"]')) closeMenu(inner);
    opener.setAttribute('aria-expanded', 'false');
    if (menu.matches(':popover-open')) menu.hidePopover();
  }
  openTops.delete(opener);
  if (returnFocus) opener.focus();
}

/** Closes every menu around `el` up to the first opener; with `returnFocus`, focuses that opener. */
export function closeAll(el, { returnFocus = false } = {}) {
  let top = null;
  for (let menu = el.closest('[role="menu"]'); menu?.weftOpener; menu = menu.weftOpener.closest('[role="menu"]')) {
    top = menu.weftOpener;
  }
  if (top) closeMenu(top, { returnFocus });
}

/** Focuses an item; `ring` false when a pointer, not a key, brought it there. */
function focusItem(item, ring = true) {
  if (!item) return;
  const bar = parentMenu(item);
  if (bar?.getAttribute('role') === 'menubar') rove(bar, item);
  item.focus({ focusVisible: ring });
}

/** The item after (`step` 1) or before (-1) `item` among `items`, wrapping around. */
const neighbour = (items, item, step) => items[(items.indexOf(item) + step + items.length) % items.length];

/** The next item after `item` whose text starts with `letter`, or null. */
function byLetter(items, item, letter) {
  const at = items.indexOf(item);
  const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
  return order.find((i) => i.textContent.trim().toLowerCase().startsWith(letter.toLowerCase())) ?? null;
}

/** Places `menu` (shown, position: fixed) below or to the right of `opener`, inside the viewport. */
function place(menu, opener, side) {
  const anchor = opener.getBoundingClientRect();
  const { width, height } = menu.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  let left;
  let top;
  if (side === 'right') {
    left = anchor.right;
    if (left + width > vw - EDGE && anchor.left - width >= EDGE) left = anchor.left - width; // flip
    top = anchor.top - 8; // the first item beside its opener (the menu's top padding is 8px)
  } else {
    left = anchor.left;
    if (left + width > vw - EDGE) left = anchor.right - width; // end-aligned near the right edge
    top = anchor.bottom + 2;
    if (top + height > vh - EDGE && anchor.top - height - 2 >= EDGE) top = anchor.top - height - 2; // flip up
  }
  menu.style.left = `${Math.round(Math.max(EDGE, Math.min(left, vw - EDGE - width)))}px`;
  menu.style.top = `${Math.round(Math.max(EDGE, Math.min(top, vh - EDGE - height)))}px`;
  menu.weftSide = side;
}

/** Wires a role=menu element's keys and clicks. */
export function wireMenu(menu) {
  menu.addEventListener('keydown', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || parentMenu(item) !== menu || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = itemsOf(menu);
    const opener = menu.weftOpener;
    const bar = opener ? parentMenu(opener) : null;
    const inBar = bar?.getAttribute('role') === 'menubar';
    switch (event.key) {
      case 'ArrowDown': focusItem(neighbour(items, item, 1)); break;
      case 'ArrowUp': focusItem(neighbour(items, item, -1)); break;
      case 'Home': focusItem(items[0]); break;
      case 'End': focusItem(items[items.length - 1]); break;
      case 'Enter':
      case ' ':
        if (item.weftMenu) openMenu(item, { side: 'right' });
        else item.click();
        break;
      case 'ArrowRight':
        if (item.weftMenu) openMenu(item, { side: 'right' });
        else if (inBar) openNeighbour(bar, opener, 1);
        else return;
        break;
      case 'ArrowLeft':
        if (opener && parentMenu(opener)?.getAttribute('role') === 'menu') closeMenu(opener, { returnFocus: true });
        else if (inBar) openNeighbour(bar, opener, -1);
        else return;
        break;
      case 'Escape':
        if (opener) closeMenu(opener, { returnFocus: true });
        break;
      case 'Tab':
        closeAll(item, { returnFocus: true });
        return; // from the opener, the focus moves on as usual
      default: {
        if (event.key.length !== 1 || event.key === ' ') return;
        const match = byLetter(items, item, event.key);
        if (!match) return;
        focusItem(match);
      }
    }
    event.preventDefault();
    event.stopPropagation();
  });
  menu.addEventListener('click', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || parentMenu(item) !== menu) return;
    if (item.weftMenu) {
      if (isOpen(item)) closeMenu(item);
      else openMenu(item, { side: 'right', focus: event.detail === 0 ? 'first' : null });
      return;
    }
    if (item.getAttribute('aria-disabled') === 'true') return;
    closeAll(item, { returnFocus: true });
  });
  // a submenu opens when the pointer rests on its entry, as on the desktop
  menu.addEventListener('pointerover', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || parentMenu(item) !== menu || event.pointerType === 'touch') return;
    if (item.weftMenu) openMenu(item, { side: 'right', focus: null });
    else for (const other of itemsOf(menu)) if (other.weftMenu) closeMenu(other);
  });
}

function openNeighbour(bar, opener, step) {
  const next = neighbour(itemsOf(bar), opener, step);
  closeMenu(opener);
  if (next.weftMenu) openMenu(next, { focus: 'first' });
  else focusItem(next);
}

/** Wires a role=menubar element: its keys, and a roving tabindex kept right as entries come and go. */
export function wireMenubar(bar) {
  bar.addEventListener('keydown', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || parentMenu(item) !== bar || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = itemsOf(bar);
    switch (event.key) {
      case 'ArrowRight': move(item, neighbour(items, item, 1)); break;
      case 'ArrowLeft': move(item, neighbour(items, item, -1)); break;
      case 'Home': move(item, items[0]); break;
      case 'End': move(item, items[items.length - 1]); break;
      case 'ArrowDown':
        if (!item.weftMenu) return;
        openMenu(item, { focus: 'first' });
        break;
      case 'ArrowUp':
        if (!item.weftMenu) return;
        openMenu(item, { focus: 'last' });
        break;
      case 'Enter':
      case ' ':
        if (item.weftMenu) openMenu(item, { focus: 'first' });
        else item.click();
        break;
      case 'Escape':
        if (!item.weftMenu || !isOpen(item)) return;
        closeMenu(item, { returnFocus: true });
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  bar.addEventListener('click', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || parentMenu(item) !== bar || !item.weftMenu) return;
    rove(bar, item);
    if (isOpen(item)) closeMenu(item);
    else openMenu(item, { focus: event.detail === 0 ? 'first' : null });
  });
  // with one of its menus open, pointing at another entry of the bar opens that one instead
  bar.addEventListener('pointerover', (event) => {
    const item = event.target.closest?.(ITEM);
    if (!item || parentMenu(item) !== bar || !item.weftMenu || isOpen(item)) return;
    const open = itemsOf(bar).find((other) => other.weftMenu && isOpen(other));
    if (open) openMenu(item, { focus: null });
  });
  bar.addEventListener('focusin', (event) => {
    const item = event.target.closest?.(ITEM);
    if (item && parentMenu(item) === bar) rove(bar, item);
  });
  new MutationObserver(() => rove(bar, null)).observe(bar, { childList: true });
  queueMicrotask(() => rove(bar, null));
}

/** Moves along the bar; an open menu moves with the focus. */
function move(from, to) {
  if (from.weftMenu && isOpen(from)) {
    closeMenu(from);
    if (to.weftMenu) { openMenu(to, { focus: 'first' }); return; }
  }
  focusItem(to);
}

/**
 * Gives the bar one Tab stop: `current` (or the entry that had it, else the first shown). A bar
 * built out of sight (in a hidden view) shows nothing yet: then its first entry, shown or not.
 */
function rove(bar, current) {
  const shown = itemsOf(bar);
  const items = shown.length > 0 ? shown : itemsOf(bar, { hidden: true });
  const keep = current ?? items.find((i) => i.tabIndex === 0) ?? items[0];
  for (const item of items) item.tabIndex = item === keep ? 0 : -1;
}

// A pointer pressed outside an open menu's button (or bar) and its menus closes them.
document.addEventListener('pointerdown', (event) => {
  for (const opener of [...openTops]) {
    const root = opener.closest('[role="menubar"]') ?? opener.parentElement;
    if (!opener.isConnected || !root.contains(event.target)) closeMenu(opener);
  }
}, true);

// Menus stay beside their openers while the page scrolls or the window changes size.
const follow = () => {
  for (const opener of openTops) {
    for (let menu = opener.weftMenu; menu; ) {
      place(menu, menu.weftOpener, menu.weftSide ?? 'below');
      const inner = [...menu.querySelectorAll('[aria-expanded="true"]')].find((o) => parentMenu(o) === menu);
      menu = inner?.weftMenu ?? null;
    }
  }
};
window.addEventListener('scroll', follow, true);
window.addEventListener('resize', follow);
