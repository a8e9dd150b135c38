// What the page does when the server closes its socket, by close code (docs/protocol.md, "Closing").
// Most closes are worth a reconnect: the session is still there (4003 slow reader, 4004 silent peer),
// or another server will answer (1012 restart: the session may live on another instance and resume
// there), or the trouble was one connection's (1011, an abnormal 1006; after 1002, 1007, 1008 or 1009
// the server has ended the session too, so the reconnect gets 4002 and a fresh page). Two are final,
// and reconnecting would be wrong: the session ended (1000), or another window took it over (4001:
// reconnecting would start a tug of war). Those say so, with a Reload button, rather than leave a
// page that silently stopped working. One starts afresh: the session is gone (4002: it expired, or
// the instance holding it stopped or died). Nothing can bring it back, so the page registers a new
// session at once, no click needed, and says so in a short notice: it never starts afresh silently.
// Weft's own 1000 always gives a reason ("session ended"). A 1000 without one comes from the
// WebSocket stack closing under the app (Vert.x sends it when its HTTP server closes), which says
// nothing about the session: the page reconnects, and a server that no longer has the session
// answers 4002, which starts the page afresh with its notice.
// One waits: the server is full (1013 "Try Again Later": it holds `limits.sessions` sessions and
// refused a new one). The page says the server is busy and tries again on a slower backoff
// (socket.js), so that a crowd of refused pages does not hammer it; it gets in once a session ends.

export const CLOSE_NORMAL = 1000;
export const CLOSE_REPLACED = 4001;
export const CLOSE_UNKNOWN_SESSION = 4002;
export const CLOSE_BUSY = 1013;

const FINAL = new Map([
  [CLOSE_NORMAL, 'This session has ended.'],
  [CLOSE_REPLACED, 'This page continued in another window.'],
]);

/** The notice shown when the session was lost and a new one started in its place (4002). */
export const SESSION_LOST_NOTICE =
  'This page’s session was lost (its server stopped or it expired). A new session has started.';

/** The notice shown while the server is full (1013) and the page waits for room. */
export const BUSY_NOTICE = 'The server is busy. This page will connect by itself as soon as there is room.';

/** Close codes worth a word in the console: the server found fault with the client. */
const COMPLAINTS = new Set([1008, 1009]);

/**
 * @param {number} code  the close event's code
 * @param {string} [reason]  the close event's reason
 * @returns {{reconnect: boolean, fresh: boolean, busy: boolean, notice: string|null, complaint: boolean}}
 *     `fresh`: reconnect at once without the session id (a new session), `busy`: reconnect later,
 *     on the slower backoff (the server is full); `notice` says why
 */
export function closeAction(code, reason = '') {
  if (code === CLOSE_UNKNOWN_SESSION) {
    return { reconnect: true, fresh: true, busy: false, notice: SESSION_LOST_NOTICE, complaint: false };
  }
  if (code === CLOSE_BUSY) {
    return { reconnect: true, fresh: false, busy: true, notice: BUSY_NOTICE, complaint: false };
  }
  const notice = code === CLOSE_NORMAL && !reason ? null : FINAL.get(code) ?? null;
  return { reconnect: notice === null, fresh: false, busy: false, notice, complaint: COMPLAINTS.has(code) };
}
