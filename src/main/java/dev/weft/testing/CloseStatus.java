package dev.weft.testing;

/**
 * How a test client's WebSocket ended: the close code and reason the server sent. Tests of the
 * protocol's limits assert on it ({@code 1008} after too many errors, {@code 1009} for a frame
 * over the hard limit, {@code 1000} when the session ended), so it is kept as a value rather than
 * left in a log.
 *
 * @param code the close code; {@link #ABNORMAL} when the connection dropped without a close frame
 * @param reason the close reason, or an empty string
 */
public record CloseStatus(int code, String reason) {

  /** The code reported when the connection ended without a close frame (RFC 6455's 1006). */
  public static final int ABNORMAL = 1006;

  public CloseStatus {
    reason = reason == null ? "" : reason;
  }

  @Override
  public String toString() {
    return reason.isEmpty() ? String.valueOf(code) : code + " \"" + reason + "\"";
  }
}
