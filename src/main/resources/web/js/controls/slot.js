// `slot`: a named place for children inside a control with several (an expansion tile's title and
// its controls, a draggable's content and feedback). The parent's renderer reads `name` in its
// childHost to put the slot where it belongs; weft.css places it by `data-slot`.

export default {
  create(props) {
    const el = document.createElement('div');
    el.className = 'weft-slot';
    this.update(el, props);
    return el;
  },

  update(el, delta) {
    if ('name' in delta) el.dataset.slot = typeof delta.name === 'string' ? delta.name : '';
  },

  childHost(el) {
    return el;
  },
};

/** The slot name of a child a parent is asked to host (a control or tree node), or ''. */
export const slotName = (child) => (child?.type === 'slot' && typeof child.props?.name === 'string' ? child.props.name : '');
