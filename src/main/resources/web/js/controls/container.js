// `container`: a box around at most one child, with padding, margin, colour, border, rounded
// corners, elevation (0–5) and child alignment. When the server listens to `click` it becomes a
// focusable button-like element (role="button", tabindex 0, Enter and Space), with a ripple if
// `ink` is set.

import { listensTo, updateClickable, wireContainerClick } from '../events.js';
import { addRipple } from '../ripple.js';
import { border, color, insets, px, setStyle } from '../style.js';

// alignment -> [justify-content (vertical), align-items (horizontal)] of the flex column
const ALIGNMENTS = {
  topLeft: ['flex-start', 'flex-start'], topCenter: ['flex-start', 'center'], topRight: ['flex-start', 'flex-end'],
  centerLeft: ['center', 'flex-start'], center: ['center', 'center'], centerRight: ['center', 'flex-end'],
  bottomLeft: ['flex-end', 'flex-start'], bottomCenter: ['flex-end', 'center'], bottomRight: ['flex-end', 'flex-end'],
};

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-container';
    wireContainerClick(el, ctx);
    addRipple(el, () => ctx.node.props.ink === true && listensTo(ctx.node.props, 'click'));
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'padding':
          setStyle(el, 'padding', insets(value));
          break;
        case 'margin':
          setStyle(el, 'margin', insets(value));
          break;
        case 'bgcolor':
          setStyle(el, 'backgroundColor', color(value));
          setStyle(el, '--weft-field-bg', color(value));
          break;
        case 'borderRadius':
          setStyle(el, 'borderRadius', px(value));
          break;
        case 'border':
          setStyle(el, 'border', border(value));
          break;
        case 'alignment': {
          const [justify, align] = ALIGNMENTS[value] ?? ['', ''];
          setStyle(el, 'justifyContent', justify);
          setStyle(el, 'alignItems', align);
          el.classList.toggle('weft-container--aligned', justify !== '');
          break;
        }
        case 'elevation': {
          const level = Number.isInteger(value) ? Math.max(0, Math.min(5, value)) : 0;
          for (let i = 1; i <= 5; i++) el.classList.toggle(`weft-elevation-${i}`, i === level);
          break;
        }
        case 'ink':
          el.classList.toggle('weft-ink', value === true);
          break;
        default:
          break;
      }
    }
    if ('events' in delta || 'disabled' in delta) updateClickable(el, ctx.node.props);
  },

  childHost(el) {
    return el;
  },
};
