// `tab`: one tab of a `tabs` control. Its element is its tabpanel, which holds its content (its
// one child); its tab — a <button role="tab"> with the icon and text — is made here too but lives
// in the parent's tablist, where tabs.js puts it (tabButton). Tab and panel name each other:
// aria-controls and aria-labelledby.
//
//   <div role="tabpanel" id="weft-7-panel" aria-labelledby="weft-7-tab" class="weft-tab">…</div>
//   <button role="tab" id="weft-7-tab" aria-controls="weft-7-panel" class="weft-tabs-tab">
//     <span class="weft-tabs-tab-content"><svg/><span class="weft-tabs-tab-text">Photos</span></span>
//   </button>
// The content span is as wide as icon and text, so the selected tab's indicator under it is too.

import { createIcon } from '../icons.js';
import { addRipple } from '../ripple.js';

const buttons = new WeakMap();

/** The tab button of a tab's panel element, or undefined for anything else. */
export const tabButton = (panel) => buttons.get(panel);

/** A tab without text is named by its tooltip, else its icon's name. */
function name(props) {
  if (typeof props.text === 'string' && props.text !== '') return null;
  if (typeof props.tooltip === 'string' && props.tooltip !== '') return props.tooltip;
  return typeof props.icon === 'string' ? props.icon : '';
}

export default {
  create(props, ctx) {
    const panel = document.createElement('div');
    panel.className = 'weft-tab';
    panel.id = `weft-${ctx.id}-panel`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `weft-${ctx.id}-tab`);
    panel.tabIndex = 0;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'weft-tabs-tab';
    button.id = `weft-${ctx.id}-tab`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', panel.id);
    const content = document.createElement('span');
    content.className = 'weft-tabs-tab-content';
    const text = document.createElement('span');
    text.className = 'weft-tabs-tab-text';
    content.append(text);
    button.append(content);
    addRipple(button);
    buttons.set(panel, button);
    this.update(panel, props, ctx);
    return panel;
  },

  update(panel, delta, ctx) {
    const button = buttons.get(panel);
    for (const [key, value] of Object.entries(delta)) {
      switch (key) {
        case 'text':
          button.querySelector('.weft-tabs-tab-text').textContent = typeof value === 'string' ? value : '';
          break;
        case 'icon': {
          const content = button.querySelector('.weft-tabs-tab-content');
          content.querySelector(':scope > svg')?.remove();
          const icon = createIcon(value, 'weft-icon weft-tabs-tab-icon');
          if (icon) content.prepend(icon);
          break;
        }
        case 'visible':
          button.hidden = value === false;
          break;
        default:
          break;
      }
    }
    const label = name(ctx.node.props);
    if (label === null) button.removeAttribute('aria-label');
    else button.setAttribute('aria-label', label);
    button.classList.toggle('weft-tabs-tab--both',
      typeof ctx.node.props.icon === 'string' && typeof ctx.node.props.text === 'string');
  },

  childHost(panel) {
    return panel;
  },

  setDisabled(panel, disabled) {
    buttons.get(panel).disabled = disabled;
  },
};
