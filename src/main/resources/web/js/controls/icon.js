// `icon`: a Material icon from the bundled ligature fonts (icons.js fontGlyph: "home",
// "home_outlined", "home_rounded", "home_sharp"), always through the font so every style looks
// alike. Decorative (aria-hidden) unless `semanticsLabel` names it, which makes it role="img".
// An unknown name leaves the element empty (icons.js warns once).

import { fontGlyph, warnUnknownIcon } from '../icons.js';
import { color, px, setStyle } from '../style.js';

const STYLES = ['filled', 'outlined', 'round', 'sharp'];

function setName(el, name) {
  const glyph = fontGlyph(name);
  if (glyph === null) warnUnknownIcon(name);
  el.textContent = glyph ? glyph.ligature : '';
  for (const style of STYLES) el.classList.toggle(`weft-font-icon--${style}`, glyph?.style === style);
  el.classList.toggle('weft-icon-control--empty', glyph === null);
  if (typeof name === 'string' && name !== '') el.dataset.icon = name;
  else el.removeAttribute('data-icon');
}

function setLabel(el, label) {
  if (typeof label === 'string' && label !== '') {
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label);
    el.removeAttribute('aria-hidden');
  } else {
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    el.setAttribute('aria-hidden', 'true');
  }
}

export default {
  create(props) {
    const el = document.createElement('span');
    el.className = 'weft-icon-control weft-font-icon';
    this.update(el, props);
    if (!('name' in props)) setName(el, null);
    if (!('semanticsLabel' in props)) setLabel(el, null);
    return el;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'name':
          setName(el, value);
          break;
        case 'color':
          setStyle(el, 'color', color(value));
          break;
        case 'size':
          setStyle(el, '--weft-icon-size', px(value));
          break;
        case 'semanticsLabel':
          setLabel(el, value);
          break;
        default:
          break;
      }
    }
  },
};
