// `navigationRail`: Material 3's navigation rail, destinations stacked in a vertical tablist
// (destinations.js, tablist.js). Its children — the `leading` control, then the `trailing` one —
// live in a `display: contents` host, so CSS `order` puts the leading one above the destinations
// and the trailing one below. `extended` shows labels beside the icons; otherwise `labelType`
// shows all labels (`all`), the selected one's (`selected`) or none (the default).

import { createNav, disableDestinations, updateNav } from './destinations.js';

const LABEL_TYPES = new Set(['all', 'selected']);

export default {
  create(props, ctx) {
    const el = createNav('weft-navrail', ctx, true);
    const items = document.createElement('div');
    items.className = 'weft-navrail-items';
    el.append(items);
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta, ctx) {
    updateNav(el, delta, ctx.node.props);
    for (const [name, value] of Object.entries(delta)) {
      switch (name) {
        case 'labelType':
          for (const t of LABEL_TYPES) el.classList.toggle(`weft-navrail--labels-${t}`, t === value);
          break;
        case 'extended':
          el.classList.toggle('weft-navrail--extended', value === true);
          break;
        case 'leading':
          el.classList.toggle('weft-navrail--leading', value === true);
          break;
        case 'trailing':
          el.classList.toggle('weft-navrail--trailing', value === true);
          break;
        default:
          break;
      }
    }
  },

  childHost(el) {
    return el.querySelector(':scope > .weft-navrail-items');
  },

  setDisabled(el, disabled) {
    disableDestinations(el, disabled);
  },
};
