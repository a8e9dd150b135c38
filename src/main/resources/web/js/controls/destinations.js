// What navigationBar and navigationRail share: their `destinations` (icon, selectedIcon, label)
// drawn as <button role="tab">s in a tablist inside a <nav> landmark, and the user's selection,
// shown at once and sent as `change` with the new index (always: the server keeps selectedIndex
// current without a handler).
//
//   <nav class="weft-navbar" aria-label="…">
//     <div role="tablist" class="weft-nav-destinations">
//       <button role="tab" aria-selected="true" aria-label="Home" class="weft-nav-destination">
//         <span class="weft-nav-indicator"><svg/></span><span class="weft-nav-label">Home</span>
//       </button> …

import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { color, setStyle } from '../style.js';
import { selectedIndexOf, showSelected, tabsOf, wireTablist } from './tablist.js';

const text = (value) => (value === null || value === undefined ? '' : String(value));

/** Creates the <nav> with its tablist; `vertical` for the rail. */
export function createNav(className, ctx, vertical) {
  const el = document.createElement('nav');
  el.className = className;
  const list = document.createElement('div');
  list.className = 'weft-nav-destinations';
  list.setAttribute('role', 'tablist');
  wireTablist(list, {
    vertical,
    selected: () => selectedIndexOf(ctx.node.props),
    select: (index) => {
      // the server stores it silently, so the client's copy of the props must say it too
      if (index === 0) delete ctx.node.props.selectedIndex;
      else ctx.node.props.selectedIndex = index;
      showDestinations(el, ctx.node.props);
      ctx.emit('change', index, true);
    },
  });
  el.append(list);
  return el;
}

/** The nav's tablist. */
export const listOf = (el) => el.querySelector(':scope > .weft-nav-destinations');

/** Rebuilds the destination buttons from `destinations` and shows the selection. */
export function fillDestinations(el, props) {
  const list = listOf(el);
  const items = Array.isArray(props.destinations) ? props.destinations : [];
  list.replaceChildren(...items.map((d) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'weft-nav-destination';
    button.setAttribute('role', 'tab');
    // the label names the tab even where CSS hides it
    button.setAttribute('aria-label', text(d?.label));
    const indicator = document.createElement('span');
    indicator.className = 'weft-nav-indicator';
    const icon = createIcon(d?.icon, 'weft-icon weft-nav-icon');
    const selectedIcon = createIcon(d?.selectedIcon, 'weft-icon weft-nav-icon weft-nav-icon--selected');
    if (icon) indicator.append(icon);
    if (selectedIcon) {
      indicator.append(selectedIcon);
      indicator.classList.add('weft-nav-indicator--two-icons');
    }
    const label = document.createElement('span');
    label.className = 'weft-nav-label';
    label.textContent = text(d?.label);
    button.append(indicator, label);
    addRipple(indicator);
    return button;
  }));
  showDestinations(el, props);
}

/** Marks the selected destination. */
export function showDestinations(el, props) {
  showSelected(listOf(el), selectedIndexOf(props));
}

/** `label`: the landmark's name. */
export function setNavLabel(el, value) {
  if (typeof value === 'string' && value !== '') el.setAttribute('aria-label', value);
  else el.removeAttribute('aria-label');
}

export function disableDestinations(el, disabled) {
  for (const tab of tabsOf(listOf(el))) tab.disabled = disabled;
}

/**
 * What the bar and the rail update alike (NavigationControl on the server): the destinations,
 * the selection, the colour and the landmark's name. Each renderer handles its own props after.
 */
export function updateNav(el, delta, props) {
  if ('destinations' in delta) {
    fillDestinations(el, props);
    if (props.disabled === true) disableDestinations(el, true); // new buttons of a disabled control
  } else if ('selectedIndex' in delta) {
    showDestinations(el, props);
  }
  if ('bgcolor' in delta) setStyle(el, 'backgroundColor', color(delta.bgcolor));
  if ('label' in delta) setNavLabel(el, delta.label);
}
