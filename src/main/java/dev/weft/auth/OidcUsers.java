package dev.weft.auth;

import dev.weft.ui.AuthUser;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who signed in with OpenID Connect: the checked ID token's claims, completed from the userinfo
 * endpoint when the token lacks the name or e-mail address (Vert.x checks that userinfo's
 * {@code sub} is the token's). Userinfo failing costs only those details, not the sign-in.
 */
final class OidcUsers {

  private static final System.Logger LOG = System.getLogger(OidcUsers.class.getName());

  private OidcUsers() {
  }

  static Future<AuthUser> user(SignInProvider provider, User vertxUser, JsonObject idClaims) {
    Map<String, Object> claims = new LinkedHashMap<>();
    idClaims.forEach(e -> put(claims, e.getKey(), e.getValue()));
    boolean complete = claims.get("email") != null && claims.get("name") != null;
    Future<JsonObject> info = complete
        ? Future.succeededFuture(new JsonObject())
        : provider.client().userInfo(vertxUser).otherwise(t -> {
          LOG.log(System.Logger.Level.INFO, "sign-in provider " + provider.settings().name()
              + ": userinfo failed (" + t.getMessage() + "); the ID token's claims are used alone");
          return new JsonObject();
        });
    return info.map(json -> {
      json.forEach(e -> {
        if (!claims.containsKey(e.getKey())) {
          put(claims, e.getKey(), e.getValue());
        }
      });
      String email = text(claims.get("email"));
      String username = text(claims.get("preferred_username"));
      if (email == null && username != null && username.contains("@")) {
        email = username; // Microsoft's accounts often carry the address only here
      }
      return new AuthUser(text(claims.get("sub")), text(claims.get("name")), email,
          text(claims.get("picture")), claims);
    });
  }

  private static void put(Map<String, Object> claims, String name, Object value) {
    if (value != null) {
      claims.put(name, value instanceof JsonObject o ? o.getMap()
          : value instanceof io.vertx.core.json.JsonArray a ? a.getList() : value);
    }
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s : null;
  }
}
