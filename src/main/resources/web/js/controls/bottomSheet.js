// `bottomSheet`: Material's modal bottom sheet on a modal <dialog> (modal.js: focus in, Tab
// wraps, Escape and the scrim dismiss it when `dismissible`, focus returned on close), sliding up
// from the bottom edge (weft.css). Its one child, the content, lives in the sheet's body; the drag
// handle is a visual cue only. Named by `label`, "Bottom sheet" by default.

import { closeModal, openModal, setDismissible, wireModal } from '../modal.js';

const DEFAULT_LABEL = 'Bottom sheet';

export default {
  create(props, ctx) {
    const el = document.createElement('dialog');
    el.className = 'weft-bottom-sheet';
    el.setAttribute('aria-label', DEFAULT_LABEL);
    const handle = document.createElement('div');
    handle.className = 'weft-bottom-sheet-handle';
    handle.setAttribute('aria-hidden', 'true');
    handle.hidden = true;
    const body = document.createElement('div');
    body.className = 'weft-bottom-sheet-body';
    el.append(handle, body);
    wireModal(el, () => ctx.emit('dismiss', null, true));
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'dismissible':
          setDismissible(el, value !== false);
          break;
        case 'showDragHandle':
          el.firstElementChild.hidden = value !== true;
          break;
        case 'label':
          el.setAttribute('aria-label', typeof value === 'string' && value !== '' ? value : DEFAULT_LABEL);
          break;
        case 'open':
          ctx.afterPatch(() => (ctx.node.props.open === true ? openModal(el) : closeModal(el)));
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.lastElementChild;
  },
};
