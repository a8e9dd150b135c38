// `alertDialog`: Material's basic dialog on a modal <dialog> (modal.js: focus in, Tab wraps,
// Escape and the scrim dismiss it unless `modal`, focus returned on close). The optional icon and
// the title (an <h2>, the dialog's name through aria-labelledby) are drawn here; the children live
// in one host: the content control first (when `hasContent`), which becomes the dialog's
// aria-describedby, then the actions, end-aligned (weft.css). A modal dialog is an alertdialog:
// it needs an answer.

import { createIcon } from '../icons.js';
import { closeModal, openModal, setDismissible, wireModal } from '../modal.js';

/** Keeps the dialog's name and description pointing at its title and content. */
function label(el) {
  const title = el.querySelector(':scope > .weft-dialog-title');
  if (title.textContent !== '') {
    el.setAttribute('aria-labelledby', title.id);
    el.removeAttribute('aria-label');
  } else {
    el.removeAttribute('aria-labelledby');
    el.setAttribute('aria-label', 'Dialog');
  }
  const content = el.classList.contains('weft-dialog--content')
    ? el.querySelector(':scope > .weft-dialog-body > :first-child') : null;
  if (content) {
    content.id = `weft-dialog-${el.dataset.weftId}-content`;
    el.setAttribute('aria-describedby', content.id);
  } else {
    el.removeAttribute('aria-describedby');
  }
}

function follow(el, ctx) {
  ctx.afterPatch(() => {
    label(el);
    if (ctx.node.props.open === true) openModal(el);
    else closeModal(el);
  });
}

export default {
  create(props, ctx) {
    const el = document.createElement('dialog');
    el.className = 'weft-dialog';
    const icon = document.createElement('div');
    icon.className = 'weft-dialog-icon';
    icon.hidden = true;
    const title = document.createElement('h2');
    title.className = 'weft-dialog-title';
    title.id = `weft-dialog-${ctx.id}-title`;
    title.hidden = true;
    const body = document.createElement('div');
    body.className = 'weft-dialog-body';
    el.append(icon, title, body);
    wireModal(el, () => ctx.emit('dismiss', null, true));
    this.update(el, props, ctx);
    follow(el, ctx);
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'title': {
          const title = el.querySelector(':scope > .weft-dialog-title');
          title.textContent = typeof value === 'string' ? value : '';
          title.hidden = title.textContent === '';
          break;
        }
        case 'icon': {
          const box = el.querySelector(':scope > .weft-dialog-icon');
          const icon = createIcon(value);
          box.replaceChildren(...(icon ? [icon] : []));
          box.hidden = icon === null;
          el.classList.toggle('weft-dialog--icon', icon !== null);
          break;
        }
        case 'hasContent':
          el.classList.toggle('weft-dialog--content', value === true);
          break;
        case 'modal':
          el.setAttribute('role', value === true ? 'alertdialog' : 'dialog');
          setDismissible(el, value !== true);
          break;
        default:
          break;
      }
    }
    if (!('modal' in delta) && !el.hasAttribute('role')) el.setAttribute('role', 'dialog');
    if ('open' in delta || 'title' in delta || 'hasContent' in delta) follow(el, ctx);
  },

  childHost(el) {
    return el.querySelector(':scope > .weft-dialog-body');
  },
};
