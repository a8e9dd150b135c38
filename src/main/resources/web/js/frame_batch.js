// Coalesces a stream of pointer reports (pan updates, hovering, moves over a drop target, wheel
// turns) into at most one send per animation frame, and no more often than a minimum interval:
// a fast drag costs the socket sixty small events a second at most, never one per mousemove.
// Movement in between is added up, so nothing is lost.

export class FrameBatch {
  /**
   * @param {(report: {x: number, y: number, dx: number, dy: number}) => void} send
   * @param {() => number} minInterval  milliseconds that must pass between two sends (0: one a frame)
   */
  constructor(send, minInterval = () => 0) {
    this.send = send;
    this.minInterval = minInterval;
    this.pending = null;
    this.scheduled = 0;
    this.timer = 0;
    this.lastSent = -Infinity;
  }

  /** Adds a report: the latest position wins, the deltas add up. */
  add(x, y, dx = 0, dy = 0) {
    if (this.pending) {
      this.pending.x = x;
      this.pending.y = y;
      this.pending.dx += dx;
      this.pending.dy += dy;
    } else {
      this.pending = { x, y, dx, dy };
    }
    this.schedule();
  }

  schedule() {
    if (this.scheduled || this.timer) return;
    const wait = this.lastSent + this.minInterval() - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = 0;
        this.schedule();
      }, wait);
      return;
    }
    this.scheduled = requestAnimationFrame(() => {
      this.scheduled = 0;
      this.flush();
    });
  }

  /** Sends what is pending now (before an end event, so the order holds). */
  flush() {
    if (this.scheduled) cancelAnimationFrame(this.scheduled);
    if (this.timer) clearTimeout(this.timer);
    this.scheduled = 0;
    this.timer = 0;
    const report = this.pending;
    this.pending = null;
    if (!report) return;
    this.lastSent = performance.now();
    this.send(report);
  }

  /** Forgets what is pending. */
  cancel() {
    if (this.scheduled) cancelAnimationFrame(this.scheduled);
    if (this.timer) clearTimeout(this.timer);
    this.scheduled = 0;
    this.timer = 0;
    this.pending = null;
  }
}

/** A position rounded to a tenth of a CSS pixel: enough for any pointer, short on the wire. */
export const round = (value) => Math.round(value * 10) / 10;

/** The pointer's position relative to an element's top left corner. */
export function localPoint(el, event) {
  const box = el.getBoundingClientRect();
  return { x: round(event.clientX - box.left), y: round(event.clientY - box.top) };
}
