// Notices a silent server. The browser cannot see the server's WebSocket pings, and a proxy that
// stops forwarding without closing leaves a socket that looks open for ever; so the client watches
// the traffic itself, with the `heartbeat` (seconds) that `render` and `resume` carry: after a
// heartbeat without any message it sends `ping` (the server answers `pong`), and when that ping has
// gone a further heartbeat with nothing at all received since, the connection is dead.
// Timers in a background tab may fire late, so a late timer proves nothing: the verdict rests on
// times read from the clock ("ping sent at T, nothing received since, now - T > heartbeat"), and
// every message received, however late the timer, clears it.

export class Heartbeat {
  /**
   * @param {object} options
   * @param {() => void} options.ping  sends `{"type":"ping"}`
   * @param {() => void} options.dead  the server has been silent too long: drop the socket
   * @param {() => number} [options.now]  a monotonic clock in milliseconds
   */
  constructor({ ping, dead, now = () => performance.now() }) {
    this.handlers = { ping, dead };
    this.now = now;
    this.intervalMs = 0; // 0: not watching
    this.lastReceived = 0;
    this.pingSentAt = null; // when the unanswered ping went out, or null
    this.timer = null;
  }

  /** Watches the current connection, a ping after `seconds` of silence; a non-positive value stops. */
  start(seconds) {
    this.stop();
    if (!(Number.isFinite(seconds) && seconds > 0)) return;
    this.intervalMs = seconds * 1000;
    this.lastReceived = this.now();
    this.schedule(this.intervalMs);
  }

  /** Something arrived from the server (any frame): it is alive. */
  received() {
    this.lastReceived = this.now();
    this.pingSentAt = null;
  }

  /** The connection is gone (or was never watched): no more pings. */
  stop() {
    clearTimeout(this.timer);
    this.timer = null;
    this.intervalMs = 0;
    this.pingSentAt = null;
  }

  get watching() {
    return this.intervalMs > 0;
  }

  check() {
    this.timer = null;
    if (!this.watching) return;
    const now = this.now();
    if (this.pingSentAt !== null && this.lastReceived <= this.pingSentAt) {
      const waited = now - this.pingSentAt;
      if (waited >= this.intervalMs) {
        this.stop();
        this.handlers.dead();
        return;
      }
      this.schedule(this.intervalMs - waited);
      return;
    }
    const silent = now - this.lastReceived;
    if (silent >= this.intervalMs) {
      this.pingSentAt = now;
      this.handlers.ping();
      this.schedule(this.intervalMs);
      return;
    }
    this.schedule(this.intervalMs - silent);
  }

  schedule(ms) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), Math.max(0, Math.ceil(ms)) + 5);
  }
}
