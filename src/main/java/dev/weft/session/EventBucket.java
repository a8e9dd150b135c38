package dev.weft.session;

import java.util.function.LongSupplier;

/**
 * How many client events a session takes per second: a token bucket holding up to {@code burst}
 * tokens, refilled at {@code perSecond}; each event takes one, and an event finding it empty is
 * refused. A page that has been quiet may send {@code burst} events at once (a browser resending
 * what it kept while offline), then no more than {@code perSecond} a second.
 *
 * <p>Time comes in nanoseconds from a clock of its own ({@link System#nanoTime()} by default), so
 * tests can move it by hand. Used on the session's context only.
 */
final class EventBucket {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long perSecond;
  private final long capacity; // in nano-tokens: burst tokens × 1e9, so refills are exact integers
  private final LongSupplier nanoClock;
  private long level;
  private long last;

  /**
   * @param perSecond tokens added per second (at least 1)
   * @param burst the most tokens the bucket holds; it starts full (at least 1)
   */
  EventBucket(int perSecond, int burst, LongSupplier nanoClock) {
    if (perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("an event bucket needs perSecond >= 1 and burst >= 1, not "
          + perSecond + " and " + burst);
    }
    this.perSecond = perSecond;
    this.capacity = burst * NANOS_PER_SECOND;
    this.nanoClock = nanoClock;
    this.level = capacity;
    this.last = nanoClock.getAsLong();
  }

  EventBucket(int perSecond, int burst) {
    this(perSecond, burst, System::nanoTime);
  }

  /** Takes a token for one event; false (and nothing taken) when the bucket is empty. */
  boolean take() {
    long now = nanoClock.getAsLong();
    long elapsed = now - last;
    last = now;
    if (elapsed > 0) {
      // past the time that fills an empty bucket more does nothing, and capping it there keeps
      // elapsed × perSecond from overflowing after a long quiet spell
      long refill = Math.min(elapsed, capacity / perSecond + 1) * perSecond;
      level = Math.min(capacity, level + refill);
    }
    if (level < NANOS_PER_SECOND) {
      return false;
    }
    level -= NANOS_PER_SECOND;
    return true;
  }
}
