/**
 * Sign-in with OAuth 2.0 and OpenID Connect. {@link dev.weft.auth.SignIns} is what sessions use
 * ({@code page.login}); {@link dev.weft.auth.OAuthSignIns} implements it with vertx-auth-oauth2 for
 * the providers {@code oauth.providers} configures ({@link dev.weft.auth.ProviderSettings}): an
 * authorization code flow with PKCE, a one-use {@code state} from {@link dev.weft.auth.OAuthStates}
 * bound to the session, and for OpenID Connect a nonce and an ID token checked against the
 * issuer's keys ({@link dev.weft.auth.IdTokenCheck}). The provider sends the browser back to
 * {@link dev.weft.auth.OAuthCallbackEndpoint} on any instance; the state's own instance exchanges
 * the code and decides the answer ({@link dev.weft.auth.CallbackAnswer}): 303 back to the app, or
 * a page saying what went wrong. {@link dev.weft.auth.OAuthStates#issue()} alone is the low-level
 * API for a host that exchanges codes itself.
 */
package dev.weft.auth;
