package dev.weft.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks an OpenID Connect ID token as the spec asks (Core 1.0, 3.1.3.7). vertx-auth-oauth2's
 * token exchange verifies the signature against the issuer's JWKS and checks {@code aud} (the
 * client id), {@code azp} and, after discovery, {@code iss}; but a token that fails is silently
 * left undecoded rather than refused, and {@code exp} and {@code nonce} are not looked at. So a
 * sign-in requires the verified claims Vert.x decoded, and this checks {@code iss}, {@code aud},
 * {@code exp} and {@code nonce} on them again. When Vert.x did not verify the token, the
 * unverified claims are only read to say why (a wrong audience reads better than "bad signature").
 */
final class IdTokenCheck {

  private static final String GOOGLE = "https://accounts.google.com";
  /** Clock skew allowed between the provider and this server. */
  static final Duration LEEWAY = Duration.ofSeconds(60);

  private IdTokenCheck() {
  }

  /**
   * The ID token's verified claims, checked.
   *
   * @param verified the claims Vert.x verified (the user's {@code idToken} attribute), or null
   * @param raw the ID token as the token endpoint sent it, or null
   * @param issuer the issuer discovery named; {@code {tenantid}} in it (Microsoft's multi-tenant
   *     endpoints) stands for the token's {@code tid}, and Google's may be named without
   *     {@code https://}
   * @throws SignInException {@code invalid_id_token} saying what is wrong, never quoting the token
   */
  static JsonObject check(JsonObject verified, String raw, String issuer, String clientId,
                          String nonce, Instant now) throws SignInException {
    if (raw == null || raw.isEmpty()) {
      throw invalid("the provider sent no ID token");
    }
    if (verified == null) {
      JsonObject unverified = unverifiedClaims(raw);
      if (unverified != null) {
        claims(unverified, issuer, clientId, nonce, now); // a clearer reason if there is one
      }
      throw invalid("its signature does not verify against the issuer's keys");
    }
    claims(verified, issuer, clientId, nonce, now);
    return verified;
  }

  private static void claims(JsonObject claims, String issuer, String clientId, String nonce,
                             Instant now) throws SignInException {
    String iss = claims.getValue("iss") instanceof String s ? s : null;
    String expected = issuer;
    if (issuer != null && issuer.contains("{tenantid}") && claims.getValue("tid") instanceof String tid) {
      expected = issuer.replace("{tenantid}", tid);
    }
    if (GOOGLE.equals(expected) && "accounts.google.com".equals(iss)) {
      expected = iss; // Google's documented alternative form
    }
    if (expected != null && !expected.equals(iss)) {
      String shown = iss == null ? "no one"
          : "\"" + (iss.length() > 100 ? iss.substring(0, 100) + "…" : iss) + "\"";
      throw invalid("it was issued by " + shown + ", not by the configured issuer");
    }
    Object aud = claims.getValue("aud");
    boolean forUs = aud instanceof String s ? s.equals(clientId)
        : aud instanceof JsonArray a && a.contains(clientId);
    if (!forUs) {
      throw invalid("its audience is not this app's client id");
    }
    if (!(claims.getValue("exp") instanceof Number exp)) {
      throw invalid("it has no expiry");
    }
    if (now.minus(LEEWAY).isAfter(Instant.ofEpochSecond(exp.longValue()))) {
      throw invalid("it has expired");
    }
    if (nonce != null && !nonce.equals(claims.getValue("nonce"))) {
      throw invalid("its nonce is not the one this sign-in sent");
    }
    if (!(claims.getValue("sub") instanceof String sub) || sub.isEmpty()) {
      throw invalid("it names no subject");
    }
  }

  private static JsonObject unverifiedClaims(String raw) {
    String[] parts = raw.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static SignInException invalid(String why) {
    return new SignInException("invalid_id_token", "the ID token was refused: " + why);
  }
}
