// `page`: the root of the session (id 0). Owns the document-wide things too: the document title,
// the theme (mode, colour roles and fonts: see theme.js), and scrolling the page to a place once when `scrollTo`
// changes. The element is a full-viewport scroller; its children live in a flex column inside.

import { followRoute } from '../routes.js';
import { color, insets, lookup, MAIN_AXIS, CROSS_AXIS, OVERFLOW, px, setStyle } from '../style.js';
import { resetTheme, setFonts, setThemeMode, setThemes } from '../theme.js';
import { followTopView } from '../view_focus.js';

const DEFAULT_TITLE = 'Weft';

/**
 * The page's content is its main landmark, unless it holds views: each view has its own main,
 * after its app bar (the banner), which must not be inside a main.
 */
function markMain(content) {
  if (content.querySelector(':scope > .weft-view')) content.removeAttribute('role');
  else content.setAttribute('role', 'main');
}

const smooth = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

function scrollTo(el, target) {
  if (typeof target !== 'string' || target === '') return;
  if (target === 'top') {
    el.scrollTo({ top: 0, behavior: smooth() });
  } else if (target === 'bottom') {
    el.scrollTo({ top: el.scrollHeight, behavior: smooth() });
  } else {
    const keyed = el.querySelector(`[data-key="${CSS.escape(target)}"]`);
    keyed?.scrollIntoView({ behavior: smooth(), block: 'nearest' });
  }
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-page';
    const content = document.createElement('div');
    content.className = 'weft-page-content';
    markMain(content);
    new MutationObserver(() => markMain(content)).observe(content, { childList: true });
    el.append(content);
    followTopView(content); // the focus moves into a new top view (view_focus.js)
    // The document-wide defaults, since a fresh render replaces whatever page was there before.
    document.title = DEFAULT_TITLE;
    resetTheme();
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    const content = el.firstElementChild;
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'title':
          document.title = value === null || value === undefined ? DEFAULT_TITLE : String(value);
          break;
        case 'themeMode':
          setThemeMode(value);
          break;
        case 'theme':
          setThemes(value, undefined);
          break;
        case 'darkTheme':
          setThemes(undefined, value);
          break;
        case 'fonts':
          setFonts(value);
          break;
        case 'padding':
          setStyle(content, 'padding', insets(value));
          break;
        case 'spacing':
          setStyle(content, 'gap', px(value));
          break;
        case 'scroll':
          setStyle(el, 'overflowY', lookup(OVERFLOW, value));
          break;
        case 'horizontalAlignment':
          setStyle(content, 'alignItems', lookup(CROSS_AXIS, value === 'baseline' ? null : value));
          break;
        case 'verticalAlignment': {
          const justify = lookup(MAIN_AXIS, value);
          // "safe": content taller than the window starts at the top instead of being cut off
          setStyle(content, 'justifyContent', justify === 'center' || justify === 'flex-end' ? `safe ${justify}` : justify);
          if (justify && content.style.justifyContent === '') setStyle(content, 'justifyContent', justify); // no "safe" here
          break;
        }
        case 'bgcolor': {
          const background = color(value);
          setStyle(el, 'backgroundColor', background);
          // text fields draw their floating label on this colour
          setStyle(el, '--weft-field-bg', background);
          break;
        }
        case 'route':
          followRoute(value); // page.go: a new history entry, unless the browser is there
          break;
        case 'scrollTo':
          // After the whole patch, so a control inserted by the same patch can be the target.
          ctx.afterPatch(() => scrollTo(el, value));
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.firstElementChild;
  },
};
