// `searchBar`: a Material 3 search bar (a rounded input with a search icon) and, below it, its
// suggestions: the control's children, in a listbox (see combobox.js for the keys and roles).
// The children are any controls; each child's element becomes an option named by its text.
// Choosing one clicks the child when chosen by keyboard (a click by mouse reached it already), so
// a child with its own click handler gets it as in Flet; sends `select` (its index); then puts its
// text in the bar and sends `change` (always). Enter with no option active sends `submit`; a
// click on the bar sends `tap` (Flet's on_tap).
//
//   <div class="weft-searchbar" data-weft-id="40">
//     <span class="weft-searchbar-box"><svg search/><input role="combobox" aria-label="Search cities"></span>
//     <div role="listbox" id="weft-40-list" class="weft-searchbar-view">…children…</div>
//   </div>

import { claimClicks, listensTo, wireFocus } from '../events.js';
import { createIcon } from '../icons.js';
import { combobox } from '../combobox.js';

const text = (value) => (value === null || value === undefined ? '' : String(value));

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-searchbar weft-fill';
    const box = document.createElement('span');
    box.className = 'weft-searchbar-box';
    const input = document.createElement('input');
    input.type = 'search';
    input.className = 'weft-searchbar-input';
    box.append(createIcon('search', 'weft-icon weft-searchbar-icon'), input);
    const list = document.createElement('div');
    list.className = 'weft-searchbar-view';
    list.id = `weft-${ctx.id}-list`;
    el.append(box, list);
    claimClicks(box);

    const combo = combobox(input, list, {
      options: () => [...list.children],
      choose(option, index, byClick) {
        // select first: a change handler that rebuilds the suggestions would move the index
        if (!byClick) option.click();
        ctx.emit('select', index, true);
        input.value = option.textContent.trim();
        ctx.emit('change', input.value, true);
      },
    });
    input.addEventListener('input', () => ctx.emit('change', input.value));
    input.addEventListener('click', () => ctx.emit('tap', null));
    input.addEventListener('change', () => {
      if (!listensTo(ctx.node.props, 'change')) ctx.emit('change', input.value, true);
    });
    input.addEventListener('keydown', (event) => {
      if (combo.key(event)) return;
      if (event.key === 'Enter' && !event.isComposing) ctx.emit('submit', input.value);
    });
    wireFocus(input, ctx, () => input.value);
    this.update(el, { barHintText: null, ...props }, ctx);
    return el;
  },

  update(el, delta) {
    const input = el.querySelector('input');
    if ('value' in delta && input.value !== text(delta.value)) input.value = text(delta.value);
    if ('barHintText' in delta) {
      const hint = text(delta.barHintText);
      input.placeholder = hint;
      input.setAttribute('aria-label', hint || 'Search');
    }
  },

  childHost(el) {
    return el.querySelector('.weft-searchbar-view');
  },

  setDisabled(el, disabled) {
    el.querySelector('input').disabled = disabled;
  },
};
