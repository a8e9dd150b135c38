package dev.weft.ui;

import java.time.Instant;
import java.util.List;

/**
 * The tokens of a sign-in. They stay on the server: Weft never sends them to the browser and
 * never logs them ({@link #toString()} hides them).
 *
 * @param accessToken for the provider's APIs
 * @param refreshToken to get a new access token, or null when the provider gave none
 * @param expiresAt when the access token expires, or null when the provider did not say
 * @param idToken the OpenID Connect ID token (a JWT), or null for plain OAuth 2.0 providers
 * @param scopes the scopes granted
 */
public record AuthTokens(String accessToken, String refreshToken, Instant expiresAt,
                         String idToken, List<String> scopes) {

  public AuthTokens {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** Whether the access token has expired at {@code now} (false when its expiry is unknown). */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "AuthTokens[accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***")
        + ", expiresAt=" + expiresAt + ", idToken=" + (idToken == null ? "none" : "***")
        + ", scopes=" + scopes + "]";
  }
}
