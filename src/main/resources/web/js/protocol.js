// The wire protocol of docs/protocol.md, seen from the browser: builds the client's messages with
// the session's client `seq` (which keeps counting across reconnects) and reads the server's
// messages, checking that their `seq` runs without gaps.

/** What `receive` decided about a server message. */
export const Verdict = Object.freeze({
  APPLY: 'apply', // in order (or a `render`, which starts a fresh count): handle it
  IGNORE: 'ignore', // unreadable, a repeat, or nothing to apply it to: drop it (already logged)
  RESYNC: 'resync', // a message was missed: re-register on a fresh socket to get a new `render`
});

export class Protocol {
  constructor() {
    this.clientSeq = 0;
    this.serverSeq = 0;
    this.session = null;
    this.rendered = false; // a `render` has arrived on the current connection
  }

  /** A new connection is open: nothing has been rendered on it yet. */
  connectionOpened() {
    this.rendered = false;
  }

  /** The `register` message for the connection that just opened. */
  register({ route, width, height, dark }) {
    return {
      type: 'register',
      seq: ++this.clientSeq,
      session: this.session,
      route,
      width: Math.round(width),
      height: Math.round(height),
      dark: Boolean(dark),
    };
  }

  /** An `event` message: something happened to control `target` that the server listens to. */
  event(target, name, data = null) {
    return { type: 'event', seq: ++this.clientSeq, target, name, data: data === undefined ? null : data };
  }

  /**
   * Parses one text frame and checks its place in the sequence.
   * @returns {{verdict: string, message: object|null}}
   */
  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      console.warn('weft: the server sent a frame that is not JSON', text);
      return { verdict: Verdict.IGNORE, message: null };
    }
    if (message === null || typeof message !== 'object' || typeof message.type !== 'string') {
      console.warn('weft: the server sent a message without a type', message);
      return { verdict: Verdict.IGNORE, message: null };
    }
    const seq = Number.isInteger(message.seq) ? message.seq : null;

    if (message.type === 'render') {
      // A render is the whole page: it sets the count for what follows.
      this.serverSeq = seq ?? 0;
      this.rendered = true;
      if (typeof message.session === 'string') this.session = message.session;
      return { verdict: Verdict.APPLY, message };
    }
    // seq 0: an error from before the session existed; it belongs to no sequence.
    if (seq === 0) return { verdict: Verdict.APPLY, message };
    if (!this.rendered) {
      if (message.type === 'patch') {
        console.warn('weft: a patch arrived before the render; ignored', message);
        return { verdict: Verdict.IGNORE, message };
      }
      return { verdict: Verdict.APPLY, message }; // an error or appError: still worth showing
    }
    if (seq === null) {
      console.warn('weft: the server sent a message without seq', message);
      return { verdict: Verdict.IGNORE, message };
    }
    if (seq <= this.serverSeq) {
      console.warn(`weft: server message seq ${seq} repeats (last was ${this.serverSeq}); ignored`);
      return { verdict: Verdict.IGNORE, message };
    }
    if (seq !== this.serverSeq + 1) {
      console.warn(`weft: server seq jumped from ${this.serverSeq} to ${seq}; re-registering`);
      this.rendered = false;
      return { verdict: Verdict.RESYNC, message };
    }
    this.serverSeq = seq;
    return { verdict: Verdict.APPLY, message };
  }
}

/** The page's route below the app's base path, with its query: "/", "/orders/7?tab=items". */
export function currentRoute(loc = window.location, baseURI = document.baseURI) {
  const basePath = new URL(baseURI).pathname; // always ends in "/"
  const path = loc.pathname.startsWith(basePath) ? loc.pathname.slice(basePath.length) : '';
  return '/' + path + loc.search;
}
