// `circleAvatar`: a circle with its child (initials) on `bgcolor`, a background picture under the
// child and a foreground picture over it. A picture that fails to load is hidden, so the initials
// show through. With `alt` the circle is role="img" named by it; without, its text is read as is.

import { color, px, setStyle } from '../style.js';

function picture(className, onFail) {
  const img = document.createElement('img');
  img.className = className;
  img.alt = '';
  img.decoding = 'async';
  img.hidden = true;
  img.addEventListener('error', () => {
    img.hidden = true;
    onFail();
  });
  img.addEventListener('load', () => {
    img.hidden = false;
  });
  return img;
}

function setSource(el, img, src) {
  el.classList.remove('weft-avatar--failed');
  if (typeof src === 'string' && src !== '') {
    img.src = src; // shown once it has loaded
  } else {
    img.removeAttribute('src');
    img.hidden = true;
  }
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-avatar';
    const failed = () => el.classList.add('weft-avatar--failed');
    const back = picture('weft-avatar-background', failed);
    const content = document.createElement('div');
    content.className = 'weft-avatar-content';
    const front = picture('weft-avatar-foreground', failed);
    el.append(back, content, front);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta) {
    const [back, , front] = el.children;
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'foregroundImageSrc':
          setSource(el, front, value);
          break;
        case 'backgroundImageSrc':
          setSource(el, back, value);
          break;
        case 'alt':
          if (typeof value === 'string' && value !== '') {
            el.setAttribute('role', 'img');
            el.setAttribute('aria-label', value);
          } else {
            el.removeAttribute('role');
            el.removeAttribute('aria-label');
          }
          break;
        case 'color':
          setStyle(el, 'color', color(value));
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          break;
        case 'radius':
          setStyle(el, '--weft-avatar-size', typeof value === 'number' && value > 0 ? px(value * 2) : '');
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.children[1];
  },
};
