package dev.weft.auth;

import dev.weft.ui.LoginOptions;

/**
 * A page asking to sign in ({@code page.login(provider)}).
 *
 * @param provider the configured provider's name
 * @param options extra scopes, and whether to fetch groups
 * @param sessionId the session that asks: the sign-in completes in it and nowhere else
 * @param appUrl the app's public base URL, absolute and ending in {@code /}, as the browser sees
 *     it (behind a proxy: with its scheme, host and path prefix); the redirect URI is
 *     {@code appUrl + "oauth_callback"}
 * @param route the page's route below {@code appUrl} (e.g. {@code /settings?tab=2}), where the
 *     browser returns after the callback
 */
public record SignInRequest(String provider, LoginOptions options, String sessionId, String appUrl,
                            String route) {
}
