// `tabs`: the WAI-ARIA tabs pattern. A tablist of the tabs' buttons over the tabs' panels: each
// child is a `tab` whose element is its tabpanel (tab.js); this renderer moves each panel's button
// into the tablist, in the panels' order, whenever the children change (a MutationObserver, since
// patches insert and move children without telling the parent's renderer). Only the selected
// tab's panel shows. Selecting — a click, or the arrow keys, Home and End with automatic
// activation (tablist.js) — shows the new panel at once and sends `change` with its index, always.
//
//   <div class="weft-tabs">
//     <div role="tablist" class="weft-tabs-list"><button role="tab">…</button>…</div>
//     <div class="weft-tabs-panels"><div role="tabpanel">…</div>…</div>
//   </div>

import { tabButton } from './tab.js';
import { selectedIndexOf, showSelected, wireTablist } from './tablist.js';

function panelsOf(el) {
  return [...el.querySelector(':scope > .weft-tabs-panels').children].filter((p) => tabButton(p));
}

function show(el, props) {
  const index = selectedIndexOf(props);
  showSelected(el.querySelector(':scope > .weft-tabs-list'), index);
  panelsOf(el).forEach((panel, i) => panel.classList.toggle('weft-tab--selected', i === index));
}

function syncButtons(el, props) {
  const list = el.querySelector(':scope > .weft-tabs-list');
  const focused = list.contains(document.activeElement) ? document.activeElement : null;
  list.replaceChildren(...panelsOf(el).map(tabButton));
  show(el, props);
  if (focused && focused.isConnected) focused.focus();
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-tabs';
    const list = document.createElement('div');
    list.className = 'weft-tabs-list';
    list.setAttribute('role', 'tablist');
    const panels = document.createElement('div');
    panels.className = 'weft-tabs-panels';
    el.append(list, panels);
    wireTablist(list, {
      automatic: true,
      selected: () => selectedIndexOf(ctx.node.props),
      select: (index) => {
        // the server stores it silently, so the client's copy of the props must say it too
        if (index === 0) delete ctx.node.props.selectedIndex;
        else ctx.node.props.selectedIndex = index;
        show(el, ctx.node.props);
        ctx.emit('change', index, true);
      },
    });
    new MutationObserver(() => syncButtons(el, ctx.node.props)).observe(panels, { childList: true });
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    if ('selectedIndex' in delta) show(el, ctx.node.props);
    if ('scrollable' in delta) el.classList.toggle('weft-tabs--fixed', delta.scrollable === false);
  },

  childHost(el) {
    return el.querySelector(':scope > .weft-tabs-panels');
  },
};
