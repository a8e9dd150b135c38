// The Material ripple: a circle that grows from where the pointer went down. Drawn by the
// element's ::after pseudo-element (weft.css, `.weft-ripple-host`), so it adds no DOM nodes and no
// text; the script only says where it starts and restarts the animation.

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** Gives `el` a ripple on primary-button presses while `enabled()` says so. */
export function addRipple(el, enabled = () => true) {
  el.classList.add('weft-ripple-host');
  el.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || reducedMotion.matches || !enabled()) return;
    if (el.disabled || el.classList.contains('weft-disabled')) return;
    const rect = el.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const radius = Math.hypot(Math.max(x, rect.width - x), Math.max(y, rect.height - y));
    el.style.setProperty('--weft-ripple-x', `${x}px`);
    el.style.setProperty('--weft-ripple-y', `${y}px`);
    el.style.setProperty('--weft-ripple-size', `${radius * 2}px`);
    el.classList.remove('weft-rippling');
    void el.offsetWidth; // restart the animation
    el.classList.add('weft-rippling');
  });
  el.addEventListener('animationend', (event) => {
    if (event.target === el && event.animationName === 'weft-ripple') el.classList.remove('weft-rippling');
  });
}
