package dev.weft.ui;

/**
 * How a sign-in ended ({@link Page#onLogin}): with the page signed in, or with an error from the
 * provider ({@code access_denied}) or from Weft ({@code unavailable}, {@code expired},
 * {@code token_refused}, {@code invalid_id_token}, …).
 *
 * @param provider the provider's name
 * @param auth the sign-in, or null when it failed
 * @param error the error code, or null when it succeeded
 * @param errorDescription what went wrong, for people; never holds a secret
 */
public record LoginEvent(String provider, Auth auth, String error, String errorDescription) {

  /** Whether the page is now signed in. */
  public boolean succeeded() {
    return error == null;
  }
}
