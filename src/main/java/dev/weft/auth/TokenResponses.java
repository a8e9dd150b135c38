package dev.weft.auth;

import dev.weft.ui.AuthTokens;
import io.vertx.ext.auth.User;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A token endpoint's answer, as Vert.x hands it over, turned into {@link AuthTokens}. */
final class TokenResponses {

  private TokenResponses() {
  }

  /**
   * The tokens of a token response.
   *
   * @param asked the scopes asked for: the granted ones when the provider does not say
   * @param previous the tokens a refresh replaces (their refresh and ID token stay when the
   *     provider sends no new ones), or null
   */
  static AuthTokens tokens(User user, List<String> asked, AuthTokens previous) {
    var principal = user.principal();
    String access = principal.getString("access_token");
    String refresh = principal.getString("refresh_token");
    String id = principal.getString("id_token");
    Instant expires = user.attributes().getValue("exp") instanceof Number exp
        ? Instant.ofEpochSecond(exp.longValue()) : null;
    String scope = principal.getValue("scope") instanceof String s ? s : null;
    List<String> scopes = scope == null || scope.isBlank() ? asked
        : Arrays.stream(scope.split("[ ,]+")).filter(x -> !x.isBlank()).toList();
    if (previous != null) {
      refresh = refresh == null ? previous.refreshToken() : refresh;
      id = id == null ? previous.idToken() : id;
    }
    return new AuthTokens(access, refresh, expires, id, scopes);
  }
}
