package dev.weft.session;

/**
 * A browser's {@code register} that opens nothing, with the WebSocket close code that tells the
 * browser why: 4002, it named a session no instance has (expired, or the server holding it
 * stopped), so the page says so and starts a new session rather than silently starting afresh;
 * 1012, the server is shutting down, so the browser tries again (another instance, or this one
 * once restarted); 1013, the instance holds {@code limits.sessions} already, so the page says the
 * server is busy and tries again later, with backoff. A socket whose session's instance died is
 * closed with 4002 too.
 */
public final class SessionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The close code for a session this server does not have. */
  public static final short UNKNOWN_SESSION = 4002;
  /** The close code while the server shuts down. */
  public static final short RESTARTING = 1012;
  /** The close code when the instance is full: 1013, "Try Again Later" (RFC 6455, IANA registry). */
  public static final short BUSY = 1013;

  private final short closeCode;

  SessionRefused(short closeCode, String reason) {
    super(reason, null, false, false); // an answer, not a failure: no stack trace
    this.closeCode = closeCode;
  }

  static SessionRefused unknown() {
    return new SessionRefused(UNKNOWN_SESSION, "session unknown or expired");
  }

  static SessionRefused restarting() {
    return new SessionRefused(RESTARTING, "server restarting");
  }

  static SessionRefused busy(int limit) {
    // a close reason has at most 123 bytes: this one has about 60
    return new SessionRefused(BUSY, "server busy: " + limit + " sessions (limits.sessions)");
  }

  /** The WebSocket close code to send. */
  public short closeCode() {
    return closeCode;
  }
}
