package dev.weft.session;

import java.time.Duration;

/**
 * What one session may ask of the server, so that one misbehaving page cannot take what the
 * others need. Each limit is a configuration key; 0 turns it off.
 *
 * @param eventsPerSecond client events a session takes per second ({@code limits.eventsPerSecond});
 *     faster ones are dropped and answered {@code rate_limited}
 * @param eventBurst events a session that has been quiet may send at once ({@code limits.eventBurst})
 * @param pendingHandlers blocking handlers of a session running or waiting for a thread at once
 *     ({@code limits.pendingHandlers}); an event past it is answered {@code busy} and not run
 * @param handlerTimeout how long a handler may run ({@code handlers.timeoutSeconds}); a blocking
 *     one running longer is interrupted, an async one abandoned, and the page shows the error.
 *     {@link Duration#ZERO}: no limit
 */
public record SessionLimits(int eventsPerSecond, int eventBurst, int pendingHandlers,
                            Duration handlerTimeout) {

  /** {@code limits.eventsPerSecond}'s default: see docs/reliability/rate.md for why. */
  public static final int DEFAULT_EVENTS_PER_SECOND = 1_000;
  /** {@code limits.eventBurst}'s default. */
  public static final int DEFAULT_EVENT_BURST = 1_000;
  /**
   * {@code limits.pendingHandlers}'s default: half the default worker pool, so that on JDK 17 one
   * session alone cannot take every thread, yet a page resending a few dozen kept events after a
   * reconnect (which arrive at once) is not refused.
   */
  public static final int DEFAULT_PENDING_HANDLERS = 32;
  /** {@code handlers.timeoutSeconds}'s default: none, as in Flet (see docs/reliability/rate.md). */
  public static final int DEFAULT_HANDLER_TIMEOUT_SECONDS = 0;

  /** The defaults. */
  public static final SessionLimits DEFAULTS = new SessionLimits(DEFAULT_EVENTS_PER_SECOND,
      DEFAULT_EVENT_BURST, DEFAULT_PENDING_HANDLERS,
      Duration.ofSeconds(DEFAULT_HANDLER_TIMEOUT_SECONDS));

  /** No limits at all. */
  public static final SessionLimits NONE = new SessionLimits(0, 1, 0, Duration.ZERO);

  public SessionLimits {
    if (eventsPerSecond < 0 || pendingHandlers < 0) {
      throw new IllegalArgumentException("eventsPerSecond and pendingHandlers must be >= 0 (0: no "
          + "limit), not " + eventsPerSecond + " and " + pendingHandlers);
    }
    if (eventBurst < 1) {
      throw new IllegalArgumentException("eventBurst must be at least 1, not " + eventBurst);
    }
    if (handlerTimeout == null || handlerTimeout.isNegative()) {
      throw new IllegalArgumentException("handlerTimeout must be zero (no limit) or positive, not "
          + handlerTimeout);
    }
  }

  /** A new bucket for one session's events, or null when their rate is not limited. */
  EventBucket newBucket() {
    return eventsPerSecond == 0 ? null : new EventBucket(eventsPerSecond, eventBurst);
  }
}
