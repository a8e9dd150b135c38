package dev.weft.testing;

/**
 * The test client could not open its WebSocket: the server refused the upgrade (then
 * {@link #status()} is the HTTP status it answered with, such as 403 for a foreign origin), or the
 * connection failed or timed out (then it is -1). A separate type so a test can assert a refusal
 * without parsing messages.
 */
public final class ConnectFailedException extends RuntimeException {

  private final int status;

  public ConnectFailedException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status the server refused the upgrade with, or -1 when it never answered one. */
  public int status() {
    return status;
  }
}
