// What the page does when the server closes its socket, by close code (docs/protocol.md, "Closing").
// Most closes are worth a reconnect: the session is still there (4003 slow reader, 4004 silent peer),
// or another server will answer (1012 restart), or the trouble was one connection's (1008, 1009,
// 1011, an abnormal 1006). Three are final, and reconnecting would be wrong: the session ended
// (1000), another window took it over (4001: reconnecting would start a tug of war), or the server
// does not know it (4002: it expired or the server restarted). Those say so, with a Reload button,
// rather than leave a page that silently stopped working or silently started afresh.
// Weft's own 1000 always gives a reason ("session ended"). A 1000 without one comes from the
// WebSocket stack closing under the app (Vert.x sends it when its HTTP server closes), which says
// nothing about the session: the page reconnects, and a server that no longer has the session
// answers 4002, which ends the page with its notice.

export const CLOSE_NORMAL = 1000;
export const CLOSE_REPLACED = 4001;
export const CLOSE_UNKNOWN_SESSION = 4002;

const FINAL = new Map([
  [CLOSE_NORMAL, 'This session has ended.'],
  [CLOSE_REPLACED, 'This page continued in another window.'],
  [CLOSE_UNKNOWN_SESSION, 'This page’s session has ended: the server restarted, or you were away too long.'],
]);

/** Close codes worth a word in the console: the server found fault with the client. */
const COMPLAINTS = new Set([1008, 1009]);

/**
 * @param {number} code  the close event's code
 * @param {string} [reason]  the close event's reason
 * @returns {{reconnect: boolean, notice: string|null, complaint: boolean}}
 */
export function closeAction(code, reason = '') {
  const notice = code === CLOSE_NORMAL && !reason ? null : FINAL.get(code) ?? null;
  return { reconnect: notice === null, notice, complaint: COMPLAINTS.has(code) };
}
