package dev.weft.auth;

import dev.weft.ui.Auth;
import io.vertx.core.Future;

/**
 * A sign-in under way: where to send the browser, and what the callback brings.
 *
 * @param authorizationUrl where the page sends the browser: {@code <app base>oauth_login?state=…},
 *     which ties the sign-in to this browser with a cookie and redirects to the provider's
 *     authorization URL (with state, PKCE challenge and nonce). Navigate to it from the app's page
 *     (e.g. {@code location.assign}): a link opened from elsewhere is refused
 * @param result completes with the signed-in user and tokens once the callback arrives (on any
 *     instance) and its code is exchanged and its ID token validated; fails with a
 *     {@link SignInException} naming the error otherwise
 */
public record SignInStart(String authorizationUrl, Future<Auth> result) {
}
