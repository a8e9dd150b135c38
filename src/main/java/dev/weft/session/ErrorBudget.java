package dev.weft.session;

import java.util.function.LongSupplier;

/**
 * How many protocol errors a client may cause in a sliding minute before the server gives up on
 * its connection. A race (clicking a control that was just removed) costs one; a broken or
 * hostile client runs out quickly.
 */
final class ErrorBudget {

  static final long WINDOW_NANOS = 60_000_000_000L;
  /** Events dropped for their rate cost one error per this long at most. */
  static final long OVERFLOW_NANOS = 1_000_000_000L;

  private final int limit;
  private final LongSupplier nanoClock;
  private long[] times; // a ring of the last `limit` error times; made on the first error
  private int next;
  private int count;
  private long lastOverflow;
  private boolean overflowed;

  ErrorBudget(int limit) {
    this(limit, System::nanoTime);
  }

  /** With a clock of its own (nanoseconds, like {@link System#nanoTime()}), so tests can move time. */
  ErrorBudget(int limit, LongSupplier nanoClock) {
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  /** Records an error; returns false when it is the limit-th within a minute. */
  boolean spend() {
    long now = nanoClock.getAsLong();
    if (times == null) {
      times = new long[limit]; // most sessions never make a protocol error
    }
    times[next] = now;
    next = (next + 1) % limit;
    count = Math.min(count + 1, limit);
    return !(count == limit && now - times[next] < WINDOW_NANOS); // times[next]: the oldest kept
  }

  /**
   * Records an event dropped for coming too fast; only the first such in a second is spent as an
   * error, so the budget measures how long a client keeps flooding, not how fast. Returns false
   * when the budget is exhausted (as {@link #spend()}).
   */
  boolean spendOnOverflow() {
    long now = nanoClock.getAsLong();
    if (overflowed && now - lastOverflow < OVERFLOW_NANOS) {
      return true;
    }
    overflowed = true;
    lastOverflow = now;
    return spend();
  }
}
