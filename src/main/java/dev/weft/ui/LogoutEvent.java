package dev.weft.ui;

/**
 * How a sign-in ended ({@link Page#onLogout}). Signing out forgets the user and the tokens in this
 * session only: the user stays signed in at the provider.
 *
 * @param provider the provider the page was signed in with
 * @param user who was signed in
 * @param reason {@link #LOGOUT} when the app called {@link Page#logout()}, {@link #EXPIRED} when
 *     the access token expired after its refresh failed
 */
public record LogoutEvent(String provider, AuthUser user, String reason) {

  /** The app called {@link Page#logout()}. */
  public static final String LOGOUT = "logout";
  /** The access token expired and could not be refreshed. */
  public static final String EXPIRED = "expired";
}
