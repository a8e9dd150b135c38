// The stand-in for a control type this client does not know: an empty box that still hosts
// children, so the rest of the page renders and patches still find their parents.

export default {
  create() {
    const el = document.createElement('div');
    el.className = 'weft-unknown';
    return el;
  },
  update() {},
  childHost(el) {
    return el;
  },
};
