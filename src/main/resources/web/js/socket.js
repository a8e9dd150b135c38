// The one WebSocket to the server, at `<base>ws`. Keeps it open: after a drop it reconnects with
// capped exponential backoff plus jitter, and shows the "Reconnecting…" banner while it is down
// (not during the very first connection attempt). It knows nothing about the messages it carries.
// One close code ends it for good: 4001, another connection took the session over (the same
// session id presented elsewhere); reconnecting would only take it back and start a tug of war.

export const BACKOFF_INITIAL_MS = 300;
export const BACKOFF_MAX_MS = 10_000;
export const CLOSE_REPLACED = 4001;

/** The WebSocket URL of the app: `ws` resolved against the document's base, ws: or wss:. */
export function socketUrl(baseURI = document.baseURI) {
  const url = new URL('ws', baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}

/** The delay before reconnect attempt `attempt` (0, 1, 2…): doubling, capped, 50–100% jitter. */
export function backoffDelay(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_INITIAL_MS * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

export class Socket {
  /**
   * @param {object} options
   * @param {() => void} options.onOpen  a connection is open (send `register` now)
   * @param {(text: string) => void} options.onMessage  a text frame arrived
   * @param {{showReconnecting(): void, hideReconnecting(): void, ended(message: string): void}} options.banners
   */
  constructor({ url = socketUrl(), onOpen, onMessage, banners }) {
    this.url = url;
    this.handlers = { onOpen, onMessage };
    this.banners = banners;
    this.ws = null;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
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
      if (ws !== this.ws) return;
      this.banners.hideReconnecting();
      this.handlers.onOpen();
    };
    ws.onmessage = (event) => {
      if (ws !== this.ws || typeof event.data !== 'string') return;
      this.handlers.onMessage(event.data);
    };
    ws.onclose = (event) => {
      if (ws !== this.ws) return; // a socket we replaced on purpose
      this.ws = null;
      if (this.stopped) return;
      if (event.code === CLOSE_REPLACED) {
        this.stopped = true;
        this.banners.ended('This page continued in another window.');
        return;
      }
      if (event.code === 1008 || event.code === 1009) {
        console.warn(`weft: the server closed the connection (${event.code} ${event.reason})`);
      }
      this.banners.showReconnecting();
      this.timer = setTimeout(() => this.connect(), backoffDelay(this.attempt++));
    };
    // onerror is always followed by onclose; the browser already reports the failure itself.
    ws.onerror = () => {};
  }

  /** The server answered properly (a `render` arrived): the next drop starts the backoff afresh. */
  markHealthy() {
    this.attempt = 0;
  }

  /** Sends one JSON message; false when the socket is not open (the caller may queue it). */
  send(message) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** Drops the current connection (if any) and opens a fresh one at once, without a banner. */
  restart() {
    const old = this.ws;
    this.ws = null;
    if (old) {
      old.onopen = old.onmessage = old.onclose = null;
      try { old.close(4000, 'resync'); } catch { /* already closing */ }
    }
    this.connect();
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
