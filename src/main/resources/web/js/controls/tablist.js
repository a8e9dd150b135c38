// The WAI-ARIA tablist shared by tabs, navigationBar and navigationRail: which tab shows as
// selected (aria-selected) and the keyboard. One tab stop (roving tabindex: the selected tab, or
// the first when none is); Left/Right (Up/Down in a vertical list), Home and End move the focus
// among the enabled tabs, wrapping at the ends. With `automatic` the tab that gets the focus is
// selected at once (the tabs pattern's automatic activation); without, Enter or Space selects it
// (the tabs are <button>s, so those keys click them) — Material's navigation bar works that way.

/** The tab elements of a list, in order. */
export const tabsOf = (list) => [...list.querySelectorAll(':scope > [role="tab"]')];

/** Shows tab `index` as selected (none when out of range) and makes it the tab stop. */
export function showSelected(list, index) {
  const tabs = tabsOf(list);
  const stop = index >= 0 && index < tabs.length ? index : 0;
  tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.classList.toggle('weft-selected', i === index);
    tab.tabIndex = i === stop ? 0 : -1;
  });
}

/** The selected index in a control's props (absent: 0, the default on the wire). */
export const selectedIndexOf = (props) => (Number.isInteger(props.selectedIndex) ? props.selectedIndex : 0);

/**
 * Wires clicks and keys of `list`. `select(index)` is called when the user selects another tab
 * than the selected one; it updates the display and tells the server.
 */
export function wireTablist(list, { vertical = false, automatic = false, selected, select }) {
  list.setAttribute('aria-orientation', vertical ? 'vertical' : 'horizontal');
  list.addEventListener('click', (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (!tab || tab.parentElement !== list || tab.disabled) return;
    const index = tabsOf(list).indexOf(tab);
    if (index !== selected()) select(index);
  });
  list.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = tabsOf(list);
    const from = tabs.indexOf(event.target);
    if (from < 0) return;
    const enabled = tabs.filter((tab) => !tab.disabled && !tab.hidden);
    const at = enabled.indexOf(event.target);
    let to;
    switch (event.key) {
      case vertical ? 'ArrowDown' : 'ArrowRight': to = enabled[(at + 1) % enabled.length]; break;
      case vertical ? 'ArrowUp' : 'ArrowLeft': to = enabled[(at - 1 + enabled.length) % enabled.length]; break;
      case 'Home': to = enabled[0]; break;
      case 'End': to = enabled[enabled.length - 1]; break;
      default: return;
    }
    event.preventDefault();
    if (!to) return;
    for (const tab of tabs) tab.tabIndex = tab === to ? 0 : -1;
    to.focus();
    const index = tabs.indexOf(to);
    if (automatic && index !== selected()) select(index);
  });
  // leaving the list puts the tab stop back on the selected tab
  list.addEventListener('focusout', (event) => {
    if (!list.contains(event.relatedTarget)) showSelected(list, selected());
  });
}
