// Key presses for `page.onKeyboardEvent`: sent as event `keyboard` of the page (control 0) only
// while the page lists `keyboard` in its `events` prop, i.e. while the app has a handler. Like
// Flet, every keydown of the document counts, in text fields too: an app wanting Ctrl+K or Escape
// must hear them wherever the focus is. A key held down repeats; its repeats go out at most every
// REPEAT_MS so a held arrow key cannot flood the socket. Modifier keys alone are not sent: they
// arrive as the flags of the key they modify.

const REPEAT_MS = 100;
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/**
 * @param {import('./tree.js').Tree} tree  to read the page's `events`
 * @param {(target: number, name: string, data: string) => void} raise
 */
export function listenToKeys(tree, raise) {
  let lastRepeat = 0;
  document.addEventListener('keydown', (event) => {
    const page = tree.get(0);
    const events = page?.props?.events;
    if (!Array.isArray(events) || !events.includes('keyboard')) return;
    if (typeof event.key !== 'string' || event.key === '' || MODIFIERS.has(event.key)) return;
    if (event.isComposing) return; // an IME is building a character: the keys are not the user's
    if (event.repeat) {
      const now = performance.now();
      if (now - lastRepeat < REPEAT_MS) return;
      lastRepeat = now;
    }
    raise(0, 'keyboard', JSON.stringify({
      key: event.key.length > 64 ? event.key.slice(0, 64) : event.key,
      shift: event.shiftKey,
      ctrl: event.ctrlKey,
      alt: event.altKey,
      meta: event.metaKey,
    }));
  });
}
