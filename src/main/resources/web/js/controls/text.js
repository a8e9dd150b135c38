// `text`: a run of text whose whole text content is `value`. A <span>, or a heading for the
// display* (h1) and headline* (h2) type roles; changing `style` between those re-creates it.

import { color, px, setStyle } from '../style.js';

const TYPE_ROLES = new Set([
  'displayLarge', 'displayMedium', 'displaySmall', 'headlineLarge', 'headlineMedium', 'headlineSmall',
  'titleLarge', 'titleMedium', 'titleSmall', 'bodyLarge', 'bodyMedium', 'bodySmall',
  'labelLarge', 'labelMedium', 'labelSmall',
]);

function tagFor(style) {
  if (typeof style !== 'string') return 'span';
  if (style.startsWith('display')) return 'h1';
  if (style.startsWith('headline')) return 'h2';
  return 'span';
}

function fontWeight(value) {
  if (value === 'normal' || value === 'bold') return value;
  const match = /^w([1-9]00)$/.exec(String(value));
  return match ? match[1] : '';
}

const kebab = (name) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

export default {
  create(props) {
    const el = document.createElement(tagFor(props.style));
    el.className = 'weft-text';
    this.update(el, props);
    return el;
  },

  /** The element's tag depends on `style`: a change across span/h1/h2 needs a new element. */
  recreate(el, delta) {
    return 'style' in delta && tagFor(delta.style).toUpperCase() !== el.tagName;
  },

  update(el, delta) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'value':
          el.textContent = value === null || value === undefined ? '' : String(value);
          break;
        case 'style':
          for (const cls of [...el.classList]) if (cls.startsWith('weft-type-')) el.classList.remove(cls);
          if (TYPE_ROLES.has(value)) el.classList.add(`weft-type-${kebab(value)}`);
          break;
        case 'size':
          setStyle(el, 'fontSize', px(value));
          setStyle(el, 'lineHeight', typeof value === 'number' ? '1.3' : '');
          break;
        case 'weight':
          setStyle(el, 'fontWeight', fontWeight(value));
          break;
        case 'italic':
          setStyle(el, 'fontStyle', value === true ? 'italic' : '');
          break;
        case 'color':
          setStyle(el, 'color', color(value));
          break;
        case 'textAlign':
          setStyle(el, 'textAlign', ['left', 'center', 'right', 'justify'].includes(value) ? value : '');
          break;
        case 'selectable':
          el.classList.toggle('weft-unselectable', value === false);
          break;
        default:
          break;
      }
    }
  },
};
