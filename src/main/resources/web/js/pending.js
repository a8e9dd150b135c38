// The events the server has not acknowledged yet, in seq order. An event goes in when it is raised
// (with its seq already given) and stays until an `ack` at least as high arrives, so that after a
// drop the page can resend exactly what the server may not have: nothing the user did is lost, and
// since the resend keeps each event's original seq the server applies none of them twice.
// The list is bounded so a page left offline for long cannot grow without end; past the bound
// newer events are refused. Refused or discarded, every event that will never reach the server is
// counted in `lost`, and the caller must tell the user (never silently).

export const MAX_PENDING_EVENTS = 5_000;

export class PendingEvents {
  constructor(max = MAX_PENDING_EVENTS) {
    this.max = max;
    this.events = []; // ascending seq
    this.lost = 0; // events refused or discarded, ever on this page
  }

  get size() {
    return this.events.length;
  }

  get full() {
    return this.events.length >= this.max;
  }

  /** Keeps `event` (which has its seq); false, counted as lost, when the list is full. */
  add(event) {
    if (this.full) {
      this.refuse();
      return false;
    }
    this.events.push(event);
    return true;
  }

  /** One more event could not be kept (the caller saw `full` before giving it a seq); the total lost. */
  refuse() {
    return ++this.lost;
  }

  /** The server has accepted every event up to `ack`: forgets them. */
  acknowledge(ack) {
    if (!Number.isInteger(ack)) return;
    let covered = 0;
    while (covered < this.events.length && this.events[covered].seq <= ack) covered++;
    if (covered > 0) this.events.splice(0, covered);
  }

  /** Forgets the events `keep` rejects (their control is gone); returns how many went. */
  retain(keep) {
    const before = this.events.length;
    this.events = this.events.filter(keep);
    return before - this.events.length;
  }

  /** What is left to resend, oldest first (a copy: sending may change the list). */
  all() {
    return this.events.slice();
  }

  /** Gives up on every waiting event (they belong to a session that is gone); how many went. */
  discard() {
    const gone = this.events.length;
    this.events = [];
    this.lost += gone;
    return gone;
  }
}
