// The combobox pattern (WAI-ARIA APG, "editable combobox with list autocomplete") shared by
// `searchBar` and `autoComplete`: a text input with role=combobox controlling a listbox below it.
// The focus stays in the input; aria-activedescendant names the active option. ArrowDown and
// ArrowUp open the list and move through the options (wrapping), Enter chooses the active one,
// Escape closes the list, a click on an option chooses it. The options are whatever elements
// `options()` returns: this module gives them role=option, ids and aria-selected.

/**
 * @param {HTMLInputElement} input
 * @param {HTMLElement} listbox (needs an id)
 * @param {{options: () => HTMLElement[], choose: (option: HTMLElement, index: number, byClick: boolean) => void}} how
 */
export function combobox(input, listbox, { options, choose }) {
  let active = -1;
  let open = false;
  let wanted = false; // the user asked for the list (typed, clicked, arrows) and has not closed it
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  const mark = () => {
    const all = options();
    all.forEach((option, i) => {
      option.setAttribute('role', 'option');
      option.id = `${listbox.id}-${i}`;
      option.setAttribute('aria-selected', String(i === active));
      option.classList.toggle('weft-option--active', i === active);
    });
    if (active >= 0 && all[active]) {
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
    return all;
  };

  const show = (on) => {
    wanted = on;
    const all = options();
    open = on && all.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) active = -1;
    mark();
  };

  const pick = (index, byClick) => {
    const all = options();
    if (!all[index]) return;
    show(false);
    choose(all[index], index, byClick);
  };

  // the options changed (the server sent new suggestions): keep the list honest
  new MutationObserver(() => {
    if (active >= options().length) active = -1;
    if (document.activeElement === input) show(wanted);
    else mark();
  }).observe(listbox, { childList: true });

  listbox.addEventListener('mousedown', (event) => event.preventDefault()); // keep the focus in the input
  listbox.addEventListener('click', (event) => {
    const all = options();
    const index = all.findIndex((option) => option.contains(event.target));
    if (index >= 0) pick(index, true);
  });
  input.addEventListener('input', () => {
    active = -1;
    show(true);
  });
  input.addEventListener('click', () => show(true));
  input.addEventListener('blur', () => show(false));

  return {
    /** Handles a key in the input; true when the combobox used it (Enter chose an option). */
    key(event) {
      if (event.isComposing) return false;
      const count = options().length;
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          if (count === 0) return false;
          event.preventDefault();
          if (!open) show(true);
          const step = event.key === 'ArrowDown' ? 1 : -1;
          active = active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count;
          mark();
          return true;
        }
        case 'Enter':
          if (!open || active < 0) return false;
          event.preventDefault();
          pick(active, false);
          return true;
        case 'Escape':
          if (!open) return false;
          event.preventDefault();
          show(false);
          return true;
        default:
          return false;
      }
    },
    refresh: () => show(open),
    close: () => show(false),
  };
}
