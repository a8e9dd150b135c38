package dev.weft.protocol;

/**
 * An event handler, or the app's main, threw. The client shows it in an error banner.
 *
 * @param seq the server's sequence number
 * @param message the exception's type and message, never a stack trace
 * @param ref the seq of the event whose handler failed, or null when main failed
 */
public record AppError(long seq, String message, Long ref) implements ServerMessage {

  public static final String TYPE = "appError";
}
