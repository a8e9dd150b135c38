// The wire protocol of docs/protocol.md, seen from the browser: builds the client's messages with
// the session's client `seq` (which keeps counting across reconnects) and its `ack` (the last
// server message applied), and reads the server's messages. Numbered ones (`render`, `patch`,
// `error`, `appError`) must run without gaps: a `render` starts the count afresh, a `resume`
// continues it from where this page got to, so the replay that follows fits on. Control messages
// (`resume`, `ack`, `pong`) carry no seq and never make a gap.

/** What `receive` decided about a server message. */
export const Verdict = Object.freeze({
  APPLY: 'apply', // in order (or a `render`, a `resume`, a control message): handle it
  IGNORE: 'ignore', // unreadable, a repeat, or nothing to apply it to: drop it (already logged)
  RESYNC: 'resync', // a message was missed: re-register on a fresh socket (resume or render)
});

/** Messages the server sends without a seq. */
const CONTROL = new Set(['resume', 'ack', 'pong']);

export class Protocol {
  constructor() {
    this.clientSeq = 0;
    this.serverSeq = 0; // the last server seq received in order (the count the next must follow)
    this.appliedSeq = 0; // the last server seq applied: what the client acknowledges
    this.session = null;
    this.attached = false; // a `render` or `resume` has arrived on the current connection
  }

  /** A new connection is open, or the current one is gone: not attached to the session. */
  detached() {
    this.attached = false;
  }

  /**
   * This page load continues a session an earlier one left (navigation.js): the next `register`
   * re-attaches to it, asking for a render (ack 0), and client seqs go on from where it stopped,
   * above anything the server accepted.
   */
  continueSession({ session, seq }) {
    this.session = session;
    this.clientSeq = seq;
    this.serverSeq = this.appliedSeq = 0;
  }

  /** The session is gone (4002): the next `register` asks for a new one. */
  forgetSession() {
    this.session = null;
  }

  /** The `register` message for the connection that just opened. */
  register({ route, width, height, dark }) {
    return {
      type: 'register',
      seq: ++this.clientSeq,
      session: this.session,
      ack: this.session === null ? 0 : this.appliedSeq,
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

  /** `event` as it goes out now: with the current `ack` (the same event may go out again later). */
  stamped(event) {
    return { ...event, ack: this.appliedSeq };
  }

  /** The `ack` message: the server's messages up to `ack` were applied. */
  ack(ack) {
    return { type: 'ack', ack };
  }

  ping() {
    return { type: 'ping' };
  }

  /** The numbered message `message` has been applied (call after handling an APPLY verdict). */
  applied(message) {
    if (this.attached && Number.isInteger(message.seq) && message.seq === this.serverSeq) {
      this.appliedSeq = message.seq;
    }
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
    if (message.type === 'render') return this.render(message);
    if (message.type === 'resume') return this.resume(message);
    if (CONTROL.has(message.type)) return { verdict: Verdict.APPLY, message };

    const seq = Number.isInteger(message.seq) ? message.seq : null;
    // seq 0: an error from before the session existed; it belongs to no sequence.
    if (seq === 0) return { verdict: Verdict.APPLY, message };
    if (!this.attached) {
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
      this.attached = false;
      return { verdict: Verdict.RESYNC, message };
    }
    this.serverSeq = seq;
    return { verdict: Verdict.APPLY, message };
  }

  /** A `render` is the whole page: it sets the count for what follows. */
  render(message) {
    this.serverSeq = Number.isInteger(message.seq) ? message.seq : 0;
    this.attached = true;
    if (typeof message.session === 'string') this.session = message.session;
    return { verdict: Verdict.APPLY, message };
  }

  /** A `resume` keeps the page and the count: the replay that follows continues after `appliedSeq`. */
  resume(message) {
    if (this.session === null || message.session !== this.session) {
      // It cannot resume what this page does not have: start over with a session of its own.
      // Neither token is shown: whoever reads the console (or a bug report) could take the session over.
      console.warn('weft: a resume of another session arrived on this page; starting afresh');
      this.session = null;
      this.serverSeq = this.appliedSeq = 0;
      this.attached = false;
      return { verdict: Verdict.RESYNC, message };
    }
    this.serverSeq = this.appliedSeq;
    this.attached = true;
    return { verdict: Verdict.APPLY, message };
  }
}

/** The page's route below the app's base path, with its query: "/", "/orders/7?tab=items". */
export function currentRoute(loc = window.location, baseURI = document.baseURI) {
  const basePath = new URL(baseURI).pathname; // always ends in "/"
  const path = loc.pathname.startsWith(basePath) ? loc.pathname.slice(basePath.length) : '';
  return '/' + path + loc.search;
}
