// `badge`: its child (the content) with a small label, or a dot without one, in the top right
// corner. With `semanticsLabel` the whole is a group named by it ("Notifications, 10 new") and
// the visual label is hidden from screen readers; without one the label is read as text after
// the content.

import { color, setStyle } from '../style.js';

function refresh(el, props) {
  const label = el.lastElementChild;
  const text = typeof props.label === 'string' ? props.label : '';
  label.textContent = text;
  label.classList.toggle('weft-badge-label--dot', text === '');
  label.hidden = props.labelVisible === false;
  const name = typeof props.semanticsLabel === 'string' ? props.semanticsLabel : '';
  if (name !== '') {
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', name);
    label.setAttribute('aria-hidden', 'true');
  } else {
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    if (text === '') label.setAttribute('aria-hidden', 'true'); // a dot says nothing
    else label.removeAttribute('aria-hidden');
  }
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-badge';
    const content = document.createElement('div');
    content.className = 'weft-badge-content';
    const label = document.createElement('span');
    label.className = 'weft-badge-label';
    el.append(content, label);
    this.update(el, props, ctx);
    refresh(el, props);
    return el;
  },

  update(el, delta, ctx) {
    if ('bgcolor' in delta) setStyle(el, '--weft-badge-bg', color(delta.bgcolor));
    if ('textColor' in delta) setStyle(el, '--weft-badge-fg', color(delta.textColor));
    if ('offset' in delta) {
      const [x, y] = Array.isArray(delta.offset) ? delta.offset : [0, 0];
      setStyle(el, '--weft-badge-dx', typeof x === 'number' && x !== 0 ? `${x}px` : '');
      setStyle(el, '--weft-badge-dy', typeof y === 'number' && y !== 0 ? `${y}px` : '');
    }
    if (ctx && ('label' in delta || 'labelVisible' in delta || 'semanticsLabel' in delta)) refresh(el, ctx.node.props);
  },

  childHost(el) {
    return el.firstElementChild;
  },
};
