package dev.weft.ui;

/**
 * A {@link ClientStorage} request failed: the browser reported an error (its message kept, such
 * as {@code QuotaExceededError: …}) or did not answer in time.
 */
public final class ClientStorageException extends RuntimeException {

  public ClientStorageException(String message) {
    super(message);
  }
}
