// `appBar`: Material's top app bar, a <header> (the banner landmark). Its children are the leading
// control (`leading: true`), the title control (`titleControl: true`) and the actions, in that
// order; they live in a `display: contents` host, so CSS `order` places them around the text
// title and the back button, which the bar draws itself. The back button ("Back") shows on a view
// with a view below it, when there is no leading control and `implyLeading` is not false
// (weft.css); it sends `back`, and the server pops the view.

import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';
import { color, setStyle } from '../style.js';

export default {
  create(props, ctx) {
    const el = document.createElement('header');
    el.className = 'weft-appbar';
    el.setAttribute('role', 'banner'); // a <header> inside a <section> is no landmark by itself
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'weft-icon-button weft-icon-button--standard weft-appbar-back';
    back.setAttribute('aria-label', 'Back');
    back.title = 'Back';
    back.append(createIcon('arrow_back'));
    back.addEventListener('click', () => ctx.emit('back', null));
    addRipple(back);
    const items = document.createElement('div');
    items.className = 'weft-appbar-items';
    const title = document.createElement('h1');
    title.className = 'weft-appbar-title';
    title.setAttribute('aria-hidden', 'true');
    el.append(back, items, title);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'title': {
          // without a text it only pushes the actions to the end
          const title = el.querySelector('.weft-appbar-title');
          title.textContent = typeof value === 'string' ? value : '';
          title.toggleAttribute('aria-hidden', title.textContent === '');
          break;
        }
        case 'leading':
          el.classList.toggle('weft-appbar--leading', value === true);
          break;
        case 'titleControl':
          el.classList.toggle('weft-appbar--title-control', value === true);
          break;
        case 'implyLeading':
          el.classList.toggle('weft-appbar--no-back', value === false);
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.querySelector('.weft-appbar-items');
  },
};
