package dev.weft.auth;

/**
 * A sign-in that will not complete: the provider reported an error, the callback carried no
 * code, the state expired before the user came back, or Weft closed.
 */
public final class SignInException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The provider's {@code error}, or {@code expired}, {@code no_code}, {@code closed}. */
  private final String error;

  public SignInException(String error, String message) {
    super(message);
    this.error = error;
  }

  /** The provider's {@code error} code, or one of {@code expired}, {@code no_code}, {@code closed}. */
  public String error() {
    return error;
  }
}
