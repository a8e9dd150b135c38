// The client's acknowledgements of the server's messages. The server keeps every numbered message
// it sent until the client acknowledges it (its replay buffer), so the client says how far it got:
// at the latest ACK_DELAY_MS after applying a message, or at once when ACK_EVERY messages are
// unacknowledged (a burst must not fill the server's buffer). Events carry the same number, so a
// busy page needs no separate `ack` at all. It never acknowledges more than was applied.

export const ACK_DELAY_MS = 250;
export const ACK_EVERY = 32;

export class Acks {
  /**
   * @param {(ack: number) => boolean} send  sends `{"type":"ack","ack":n}`; false when it could not
   */
  constructor(send) {
    this.send = send;
    this.last = 0; // the last server seq applied (in the count of the current render)
    this.told = 0; // the last one the server was told
    this.timer = null;
  }

  /** A `render` started the count afresh at `seq` (the server forgot everything before it). */
  rendered(seq) {
    this.told = 0;
    this.applied(seq);
  }

  /** The numbered message `seq` was applied. */
  applied(seq) {
    this.last = seq;
    if (this.last - this.told >= ACK_EVERY) {
      this.flush();
    } else if (this.timer === null && this.last > this.told) {
      this.timer = setTimeout(() => this.flush(), ACK_DELAY_MS);
    }
  }

  /** A message carrying `ack` went out (an event, or `register`): no separate `ack` is due for it. */
  carried(ack) {
    this.told = Math.max(this.told, ack);
    if (this.told >= this.last) this.cancel();
  }

  /** Sends what is due now (when the socket can take it; else the next `register` carries it). */
  flush() {
    this.cancel();
    if (this.last > this.told && this.send(this.last)) this.told = this.last;
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = null;
  }
}
