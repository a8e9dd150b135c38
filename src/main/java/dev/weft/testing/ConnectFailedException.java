package dev.weft.testing;

/**
 * The test client could not open its WebSocket, or the server closed it instead of answering
 * {@code register}. Either the server refused the upgrade (then {@link #status()} is the HTTP
 * status it answered with, such as 403 for a foreign origin), or the connection failed or timed
 * out (then it is -1), or the socket opened and was closed before a {@code render} or
 * {@code resume} came (then {@link #closeStatus()} says how: {@code 4002} when a re-attach named a
 * session the server does not have). A separate type so a test can assert a refusal without
 * parsing messages.
 */
public final class ConnectFailedException extends RuntimeException {

  private final int status;
  private final CloseStatus closeStatus;

  public ConnectFailedException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.closeStatus = null;
  }

  /** The socket opened, but the server closed it with {@code closeStatus} before answering. */
  public ConnectFailedException(String message, CloseStatus closeStatus) {
    super(message);
    this.status = -1;
    this.closeStatus = closeStatus;
  }

  /** The HTTP status the server refused the upgrade with, or -1 when it never answered one. */
  public int status() {
    return status;
  }

  /** How the server closed the socket before answering {@code register}, or null. */
  public CloseStatus closeStatus() {
    return closeStatus;
  }
}
