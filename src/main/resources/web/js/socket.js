// The one WebSocket to the server, at `<base>ws`. Keeps it open: after a drop it reconnects with
// capped exponential backoff plus jitter, unless the close code says the page is finished
// (close_codes.js). It knows nothing about the messages it carries; it tells its owner when a
// connection opens, when a frame arrives and when a connection is gone (and whether another is on
// its way), and the owner decides what the user sees.

import { closeAction } from './close_codes.js';

export const BACKOFF_INITIAL_MS = 300;
export const BACKOFF_MAX_MS = 10_000;
/**
 * While the server is full (1013) the page waits longer: a full server has no room for a page
 * that knocks every 300 ms, and many pages refused at once must spread out. 1 s, doubling, at
 * most 30 s, with the same jitter.
 */
export const BUSY_BACKOFF_INITIAL_MS = 1_000;
export const BUSY_BACKOFF_MAX_MS = 30_000;
/** The close code the client uses for a connection it gives up on (a gap, a silent server). */
export const CLOSE_CLIENT_RESTART = 4000;

/** The WebSocket URL of the app: `ws` resolved against the document's base, ws: or wss:. */
export function socketUrl(baseURI = document.baseURI) {
  const url = new URL('ws', baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}

/** The delay before reconnect attempt `attempt` (0, 1, 2…): doubling, capped, 50–100% jitter. */
export function backoffDelay(attempt, random = Math.random, initial = BACKOFF_INITIAL_MS, max = BACKOFF_MAX_MS) {
  const ceiling = Math.min(max, initial * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** The delay before attempt `attempt` while the server is full (1013): slower, same shape. */
export function busyDelay(attempt, random = Math.random) {
  return backoffDelay(attempt, random, BUSY_BACKOFF_INITIAL_MS, BUSY_BACKOFF_MAX_MS);
}

export class Socket {
  /**
   * @param {object} options
   * @param {() => void} options.onOpen  a connection is open (send `register` now)
   * @param {(text: string) => void} options.onMessage  a text frame arrived
   * @param {(closed: {code: number, reconnecting: boolean, fresh: boolean, busy: boolean, notice: string|null}) => void} options.onClose
   *     the connection is gone; `reconnecting` when another attempt follows, else `notice` says why
   *     not; `fresh` when the next attempt must start a new session (`notice` says so); `busy` when
   *     the server is full and the next attempt waits longer (`notice` says so)
   */
  constructor({ url = socketUrl(), onOpen, onMessage, onClose }) {
    this.url = url;
    this.handlers = { onOpen, onMessage, onClose };
    this.ws = null;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
    this.freshInARow = 0; // 4002s since the last healthy answer
    window.addEventListener('pagehide', () => this.stop());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) { this.stopped = false; this.connect(); } // back from the bfcache
    });
    window.addEventListener('online', () => this.retryNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.retryNow();
    });
  }

  get isOpen() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  connect() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped) return;
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = () => {
      if (ws === this.ws) this.handlers.onOpen();
    };
    ws.onmessage = (event) => {
      if (ws !== this.ws || typeof event.data !== 'string') return;
      this.handlers.onMessage(event.data);
    };
    ws.onclose = (event) => {
      if (ws !== this.ws) return; // a socket we replaced on purpose
      this.ws = null;
      if (!this.stopped) this.closed(event.code, event.reason);
    };
    // onerror is always followed by onclose; the browser already reports the failure itself.
    ws.onerror = () => {};
  }

  closed(code, reason) {
    const action = closeAction(code, reason);
    if (action.complaint) console.warn(`weft: the server closed the connection (${code} ${reason})`);
    if (!action.reconnect) {
      this.stopped = true;
      this.handlers.onClose({ code, reconnecting: false, fresh: false, busy: false, notice: action.notice });
      return;
    }
    if (action.busy) {
      this.timer = setTimeout(() => this.connect(), busyDelay(this.attempt++));
      this.handlers.onClose({ code, reconnecting: true, fresh: false, busy: true, notice: action.notice });
      return;
    }
    // A lost session (4002) is answered by a server that is up: a new session at once, unless the
    // last one was lost too before it rendered (then the backoff, so that nothing loops).
    const delay = action.fresh && this.freshInARow++ === 0 ? 0 : backoffDelay(this.attempt++);
    this.timer = setTimeout(() => this.connect(), delay);
    this.handlers.onClose({ code, reconnecting: true, fresh: action.fresh, busy: false, notice: action.notice });
  }

  /** The server answered properly (a `render` or `resume`): the next drop starts the backoff afresh. */
  markHealthy() {
    this.attempt = 0;
    this.freshInARow = 0;
  }

  /** Sends one JSON message; false when the socket is not open (the caller may queue it). */
  send(message) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** Drops the current connection (if any) and opens a fresh one at once (a gap in the sequence). */
  restart() {
    this.abandon('resync');
    this.handlers.onClose({ code: CLOSE_CLIENT_RESTART, reconnecting: true, fresh: false, busy: false, notice: null });
    this.connect();
  }

  /**
   * Gives up on a connection that went silent: it may never close by itself (a stalled proxy), so
   * it is let go at once and the usual reconnect follows, with backoff.
   */
  drop() {
    if (this.ws === null || this.stopped) return;
    this.abandon('silent server');
    this.closed(1006, 'silent server');
  }

  /** Closes the current socket without hearing from it again. */
  abandon(reason) {
    const old = this.ws;
    this.ws = null;
    if (old) {
      old.onopen = old.onmessage = old.onclose = null;
      try { old.close(CLOSE_CLIENT_RESTART, reason); } catch { /* already closing */ }
    }
  }

  /** While waiting to reconnect, tries now (the network came back, the tab became visible). */
  retryNow() {
    if (this.timer !== null && !this.stopped) this.connect();
  }

  /** Closes for good (the page is going away). */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.ws) {
      this.ws.onclose = null;
      try { this.ws.close(1000, 'page closed'); } catch { /* ignore */ }
      this.ws = null;
    }
  }
}
