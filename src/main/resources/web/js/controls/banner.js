// `banner`: Material's banner across the top of the window, below the top view's app bar (when
// the page has views), not modal. A region landmark named by its text; the text is an alert, so
// it is announced when the banner opens. The element stays in the document while closed (not shown),
// and one opened with its creation shows a moment later, so the alert is not missed. One banner
// shows at a time: opening one closes the one showing, which sends `dismiss`. Children: the
// actions, at the end (below the text when there is no room).

import { createIcon } from '../icons.js';
import { color, px, setStyle } from '../style.js';

const ctxs = new WeakMap(); // el -> ctx
let showing = null;

/** Where the banner's top goes: under the top view's app bar, or the window's top. */
function topOf(el) {
  const content = el.closest('.weft-page-content');
  const views = content ? content.querySelectorAll(':scope > .weft-view') : [];
  const bar = views.length > 0 ? views[views.length - 1].querySelector(':scope > .weft-view-bar > .weft-appbar') : null;
  return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

function show(el) {
  if (showing && showing !== el) hide(showing, true);
  showing = el;
  setStyle(el, 'top', px(topOf(el)));
  el.classList.add('weft-banner--open');
}

function hide(el, dismissed) {
  if (showing === el) showing = null;
  if (!el.classList.contains('weft-banner--open')) return;
  el.classList.remove('weft-banner--open');
  if (dismissed) ctxs.get(el).emit('dismiss', null, true);
}

export default {
  create(props, ctx) {
    const el = document.createElement('section');
    el.className = 'weft-banner'; // shown with weft-banner--open
    const textId = `weft-banner-${ctx.id}-text`;
    el.setAttribute('aria-labelledby', textId);
    const row = document.createElement('div');
    row.className = 'weft-banner-row';
    const icon = document.createElement('div');
    icon.className = 'weft-banner-icon';
    icon.hidden = true;
    const text = document.createElement('div');
    text.className = 'weft-banner-text';
    text.id = textId;
    text.setAttribute('role', 'alert');
    const actions = document.createElement('div');
    actions.className = 'weft-banner-actions';
    row.append(icon, text, actions);
    el.append(row);
    ctxs.set(el, ctx);
    this.update(el, { ...props, open: null }, ctx);
    if (props.open === true) setTimeout(() => { if (el.isConnected && ctx.node.props.open === true) show(el); }, 100);
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'text':
          el.querySelector('.weft-banner-text').textContent = typeof value === 'string' ? value : '';
          break;
        case 'icon': {
          const box = el.querySelector('.weft-banner-icon');
          const icon = createIcon(value);
          box.replaceChildren(...(icon ? [icon] : []));
          box.hidden = icon === null;
          break;
        }
        case 'iconColor':
          setStyle(el.querySelector('.weft-banner-icon'), 'color', color(value));
          break;
        case 'open':
          if (value === true) show(el);
          else hide(el, false);
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.querySelector('.weft-banner-actions');
  },
};
