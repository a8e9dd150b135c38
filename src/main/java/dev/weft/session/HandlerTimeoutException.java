package dev.weft.session;

import java.time.Duration;

/**
 * A handler ran longer than {@code handlers.timeoutSeconds}: a blocking one was interrupted, an
 * async one abandoned. Reported like any failing handler: logged, and shown on the page in the
 * error banner, whose text is this exception's simple name and message. For a blocking handler
 * its stack trace is the handler thread's at the moment of the interrupt: the log shows where the
 * handler was stuck.
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
        null, false, true); // its stack is set to the handler's where it has one
  }

  private static String seconds(Duration limit) {
    long s = limit.toSeconds();
    return s == 1 ? "1 second" : s + " seconds";
  }
}
