// `page.clientStorage()`: the server's `storage` requests carried out on localStorage, answered
// with the page's `storage` event (same id). Keys are stored as `weft:<app base path><key>`, so
// two apps on one origin (`/` and `/admin/`) never see each other's keys, and `keys`/`clear`
// touch only this app's. Values are stored as JSON text; a stored text that is not JSON (written
// by other code) comes back as a string. An error from localStorage (QuotaExceededError, storage
// disabled or blocked) is answered as a failure with its name and message.

/** The prefix of this app's keys. */
export function storagePrefix(baseURI = document.baseURI) {
  return `weft:${new URL(baseURI).pathname}`;
}

function parse(text) {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Carries out one request; returns the answer's data (a JSON object, to send as a string). */
export function runStorage({ id, op, key, value }, storage = window.localStorage, prefix = storagePrefix()) {
  try {
    switch (op) {
      case 'get':
        return { id, ok: true, value: parse(storage.getItem(prefix + key)) };
      case 'set':
        storage.setItem(prefix + key, JSON.stringify(value === undefined ? null : value));
        return { id, ok: true, value: null };
      case 'remove':
        storage.removeItem(prefix + key);
        return { id, ok: true, value: null };
      case 'keys':
      case 'clear': {
        const mine = [];
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k !== null && k.startsWith(prefix)) mine.push(k);
        }
        if (op === 'clear') {
          for (const k of mine) storage.removeItem(k);
          return { id, ok: true, value: null };
        }
        return { id, ok: true, value: mine.map((k) => k.slice(prefix.length)) };
      }
      default:
        return { id, ok: false, error: `unknown storage operation "${op}"` };
    }
  } catch (e) {
    const name = e && e.name ? e.name : 'Error';
    const message = e && e.message ? e.message : String(e);
    return { id, ok: false, error: `${name}: ${message}` };
  }
}
