package dev.weft.auth;

import io.vertx.core.Future;
import java.util.Map;

/**
 * What waits behind one OAuth state, in the instance that issued it: the sign-in that handles its
 * callback there (exchanging the code, checking the ID token) and decides what the browser sees.
 * {@link OAuthStates} calls exactly one of {@link #callback} and {@link #abandoned}, once.
 */
interface StateHolder {

  /**
   * The provider sent the user back with this state, for the first and only time.
   *
   * @param parameters the callback's query parameters, first value of each ({@code code} or
   *     {@code error}, {@code state}, perhaps {@code iss} or {@code scope})
   * @param browserKey the value of the callback's {@link BrowserBinding} cookie, or null
   * @return what the browser gets; a failed future becomes a generic error page
   */
  Future<CallbackAnswer> callback(Map<String, String> parameters, String browserKey);

  /**
   * The browser is on its way to the provider through {@code oauth_login}: the cookie to bind it
   * with and where to send it, the first time only.
   *
   * @return null when this sign-in binds no browser ({@link OAuthStates#issue()}) or the way to
   *     the provider was taken already
   */
  BrowserBinding login();

  /** The state ended without a usable callback: it expired, or Weft closed. */
  void abandoned(SignInException why);

  /** Where the browser goes back to from an error page: the page that began the sign-in, or null. */
  String returnUrl();
}
