package dev.weft.session;

import java.time.Duration;

/**
 * A handler ran longer than {@code handlers.timeoutSeconds}: a blocking one was interrupted, an
 * async one abandoned. Reported like any failing handler: logged, and shown on the page in the
 * error banner, whose text is this exception's simple name and message.
 */
public final class HandlerTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param what the handler's event: {@code click on Button#3}
   * @param interrupted true for a blocking handler (its thread was interrupted), false for an
   *     async one (its stage is no longer waited for)
   */
  HandlerTimeoutException(String what, Duration limit, boolean interrupted) {
    super("the handler for " + what + " ran longer than " + seconds(limit)
        + " (handlers.timeoutSeconds) and was " + (interrupted ? "interrupted" : "abandoned"),
        null, false, false); // no stack: it was made by a timer, not where the handler was
  }

  private static String seconds(Duration limit) {
    long s = limit.toSeconds();
    return s == 1 ? "1 second" : s + " seconds";
  }
}
