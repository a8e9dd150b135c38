// One polite live region for the whole page, for what happens without a focus change worth
// hearing (a draggable picked up, dropped, put back): screen readers read what is put in it.

let region = null;

/** Has screen readers say `message`. */
export function announce(message) {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.className = 'weft-visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  // a fresh text node each time, so the same words twice are announced twice
  region.replaceChildren(document.createTextNode(message));
}
