package dev.weft.auth;

import dev.weft.secrets.Secrets;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ties a sign-in to the browser whose page began it. Without this, whoever begins a sign-in in
 * their own session could send its authorization link to someone else, whose callback would then
 * sign the sender's session in as that person (login CSRF). So the browser goes to the provider
 * through {@code <base>oauth_login} ({@link OAuthLoginEndpoint}), which only a navigation from
 * the app's own pages may open ({@code Sec-Fetch-Site: same-origin}) and only once; it sets an
 * HttpOnly cookie holding a random key, for the callback's path only; and the callback is honoured
 * only with that cookie. Another browser, sent a link by the attacker, has no such cookie and
 * cannot be given one.
 *
 * @param key 256 random bits, base64url: the cookie's value
 * @param cookiePath the callback's path as the browser sees it ({@code /weft/oauth_callback})
 * @param secure whether the app is served over https (the cookie is then {@code Secure})
 * @param maxAgeSeconds how long the cookie lives: the state's lifetime
 * @param authorizationUrl where the browser goes next: the provider's authorization endpoint
 */
record BrowserBinding(String key, String cookiePath, boolean secure, long maxAgeSeconds,
                      String authorizationUrl) {

  private static final String COOKIE_PREFIX = "weft_signin_";

  /** The cookie's name for a state: one per sign-in, so two tabs signing in do not collide. */
  static String cookieName(String state) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.US_ASCII));
      return COOKIE_PREFIX + Secrets.encode(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The cookie to set on the way to the provider. */
  Cookie cookie(String state) {
    return Cookie.cookie(cookieName(state), key).setPath(cookiePath).setMaxAge(maxAgeSeconds)
        .setHttpOnly(true).setSecure(secure).setSameSite(CookieSameSite.LAX);
  }

  /** Whether a callback's cookie is a sign-in's key (compared in constant time). */
  static boolean sameKey(String key, String presented) {
    return presented != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.US_ASCII));
  }

  JsonObject toJson() {
    return new JsonObject().put("key", key).put("cookiePath", cookiePath).put("secure", secure)
        .put("maxAgeSeconds", maxAgeSeconds).put("authorizationUrl", authorizationUrl);
  }

  static BrowserBinding fromJson(JsonObject json) {
    return new BrowserBinding(json.getString("key"), json.getString("cookiePath"),
        json.getBoolean("secure"), json.getLong("maxAgeSeconds"), json.getString("authorizationUrl"));
  }

  @Override
  public String toString() {
    return "BrowserBinding[key=***, cookiePath=" + cookiePath + "]";
  }
}
