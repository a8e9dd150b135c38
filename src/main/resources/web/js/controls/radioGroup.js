// `radioGroup`: a role=radiogroup element holding its content; the radios inside share an input
// name, so the browser moves the choice with the arrow keys and the group is one Tab stop. A
// radio's native `change` bubbles here and goes to the server as the group's `change` (always, so
// its value is current); the server's value checks the matching radio.
//
//   <div role="radiogroup" class="weft-radiogroup" aria-label="Drink" data-radio-name="weft-20-radios">
//     …content, with radios…
//   </div>

import { joinGroup } from './radio.js';

/** The radios of this group (not of a group nested in it). */
function ownRadios(el) {
  return [...el.querySelectorAll('.weft-radio')].filter((r) => r.parentElement.closest('.weft-radiogroup') === el);
}

function check(el) {
  for (const radio of ownRadios(el)) joinGroup(radio);
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-radiogroup';
    el.setAttribute('role', 'radiogroup');
    el.dataset.radioName = `weft-${ctx.id}-radios`;
    el.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
      if (input.closest('.weft-radiogroup') !== el) return;
      el.dataset.value = input.value;
      el.dataset.hasValue = 'true';
      ctx.emit('change', input.value, true);
    });
    this.update(el, props, ctx);
    ctx.afterPatch(() => check(el));
    return el;
  },

  update(el, delta) {
    if ('value' in delta) {
      const has = typeof delta.value === 'string';
      el.dataset.value = has ? delta.value : '';
      el.dataset.hasValue = String(has);
      check(el);
    }
    if ('label' in delta) {
      if (typeof delta.label === 'string' && delta.label !== '') el.setAttribute('aria-label', delta.label);
      else el.removeAttribute('aria-label');
    }
  },

  setDisabled(el, disabled) {
    for (const radio of ownRadios(el)) radio.querySelector('input').disabled = disabled;
  },

  childHost(el) {
    return el;
  },
};
