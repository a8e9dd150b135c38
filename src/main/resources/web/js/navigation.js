// Leaving the page on the server's word (`navigate`: a sign-in going to its provider,
// `page.launchUrl`), and coming back to the same session. The session id lives only in the page's
// memory, so a page load normally starts a session of its own; but a page that leaves for a
// provider's sign-in must find its session again when the provider sends the browser back. So
// before a same-window navigation the page writes a resume entry — its session id and its client
// seq — to sessionStorage (this tab only, this origin only), under the app's base path, and the
// next load of that app in this tab takes it (once: it is removed as it is read) and re-attaches
// to that session instead of registering a new one. It asks for a full render (ack 0): the new
// page has nothing of the old one to replay onto. Should the session be gone by then, the server
// answers 4002 and the page starts afresh, without the session-lost notice: the user left the
// page, nothing of theirs was lost.

const KEY_PREFIX = 'weft:resume:';
/** The schemes a `navigate` may open: never `javascript:` or `data:`. The server checks too. */
const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The key of this app's resume entry: its base path, so apps of one origin do not mix. */
export function resumeKey(baseURI = document.baseURI) {
  return KEY_PREFIX + new URL(baseURI).pathname;
}

/** Keeps what this tab needs to re-attach to `session` on the app's next page load. */
export function storeResume(session, clientSeq, storage = window.sessionStorage, baseURI = document.baseURI) {
  try {
    storage.setItem(resumeKey(baseURI), JSON.stringify({ session, seq: clientSeq }));
    return true;
  } catch (e) {
    console.warn('weft: cannot keep the session for the return (sessionStorage refused)', e);
    return false;
  }
}

/**
 * Takes this app's resume entry, if any, removing it: `{session, seq}`, or null. An entry that is
 * not what `storeResume` wrote is dropped.
 */
export function takeResume(storage = window.sessionStorage, baseURI = document.baseURI) {
  let text;
  try {
    text = storage.getItem(resumeKey(baseURI));
    if (text === null) return null;
    storage.removeItem(resumeKey(baseURI));
  } catch {
    return null; // storage disabled: nothing was kept either
  }
  try {
    const entry = JSON.parse(text);
    if (typeof entry?.session === 'string' && Number.isInteger(entry.seq) && entry.seq >= 0) {
      return { session: entry.session, seq: entry.seq };
    }
  } catch { /* fall through */ }
  console.warn('weft: ignoring a malformed resume entry');
  return null;
}

/** `url` resolved against the app's base, or null when its scheme may not be opened. */
export function navigationTarget(url, baseURI = document.baseURI) {
  let target;
  try {
    target = new URL(url, baseURI);
  } catch {
    return null;
  }
  return SCHEMES.has(target.protocol) ? target : null;
}
