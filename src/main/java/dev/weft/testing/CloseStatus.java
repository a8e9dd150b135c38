package dev.weft.testing;

/**
 * How a test client's WebSocket ended: the close code and reason the server sent. Tests of the
 * protocol's limits assert on it ({@code 1008} after too many errors, {@code 1009} for a frame
 * over the hard limit, {@code 1000} when the session ended, {@code 4002} when a re-attach named a
 * session the server does not have), so it is kept as a value rather than left in a log. The
 * codes are those of docs/protocol.md, "Closing".
 *
 * @param code the close code; {@link #ABNORMAL} when the connection dropped without a close frame
 * @param reason the close reason, or an empty string
 */
public record CloseStatus(int code, String reason) {

  /** The session ended: the app closed it, or its browser stayed away too long. */
  public static final int SESSION_ENDED = 1000;
  /** The code reported when the connection ended without a close frame (RFC 6455's 1006). */
  public static final int ABNORMAL = 1006;
  /** The server is restarting or shutting down; the session ended after draining. */
  public static final int RESTARTING = 1012;
  /** Another connection took the session over. */
  public static final int TAKEN_OVER = 4001;
  /** {@code register} named a session the server does not have: expired, or the server restarted. */
  public static final int SESSION_UNKNOWN = 4002;
  /** The client read too slowly; the session stays. */
  public static final int TOO_SLOW = 4003;
  /** The connection was silent for two ping intervals; the session stays. */
  public static final int SILENT = 4004;

  public CloseStatus {
    reason = reason == null ? "" : reason;
  }

  /**
   * Whether a browser would reconnect and resume its session after this close (so user actions
   * are kept for the re-attach), rather than show that the session is over.
   */
  public boolean resumable() {
    return code != SESSION_ENDED && code != TAKEN_OVER && code != SESSION_UNKNOWN;
  }

  /** What the code means, in a few words, for failure messages; empty for an unknown code. */
  public String meaning() {
    return switch (code) {
      case SESSION_ENDED -> "the session ended";
      case ABNORMAL -> "the connection dropped without a close frame";
      case 1008 -> "too many protocol errors";
      case 1009 -> "a frame over the hard limit";
      case 1011 -> "the server could not open a session";
      case RESTARTING -> "the server is restarting or shutting down";
      case TAKEN_OVER -> "another connection took the session over";
      case SESSION_UNKNOWN -> "the server does not know the session: it expired, or the server restarted";
      case TOO_SLOW -> "the client read too slowly";
      case SILENT -> "the connection was silent for two ping intervals";
      default -> "";
    };
  }

  @Override
  public String toString() {
    return reason.isEmpty() ? String.valueOf(code) : code + " \"" + reason + "\"";
  }
}
