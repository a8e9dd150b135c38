package dev.weft.protocol;

/**
 * An event handler, or the app's main, threw. The client shows it in an error banner.
 *
 * @param seq the server's sequence number
 * @param message the exception's type and message, never a stack trace
 * @param ref the seq of the event whose handler failed, or null when main failed
 * @param ack the highest client seq the server has accepted
 */
public record AppError(long seq, String message, Long ref, long ack) implements ServerMessage {

  public static final String TYPE = "appError";

  /** An app error acknowledging nothing. */
  public AppError(long seq, String message, Long ref) {
    this(seq, message, ref, 0);
  }
}
