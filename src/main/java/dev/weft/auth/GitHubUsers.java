package dev.weft.auth;

import dev.weft.ui.AuthGroup;
import dev.weft.ui.AuthUser;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who signed in with GitHub, which has no ID token: {@code GET /user} (id, login, name, avatar),
 * and {@code GET /user/emails} for the primary verified address when the profile shows none;
 * {@code /user/teams} and {@code /user/orgs} for the groups when asked.
 */
final class GitHubUsers {

  private GitHubUsers() {
  }

  static Future<AuthUser> user(SignInProvider provider, String accessToken) {
    String api = provider.settings().apiUrl();
    return ProviderApi.get(provider.api(), api + "/user", accessToken).compose(body -> {
      if (!(body instanceof JsonObject user) || user.getValue("id") == null) {
        return Future.failedFuture(new SignInException("user_info_failed",
            "GitHub's /user named no user"));
      }
      Future<String> email = user.getString("email") != null
          ? Future.succeededFuture(user.getString("email"))
          : ProviderApi.get(provider.api(), api + "/user/emails", accessToken)
              .map(GitHubUsers::primaryEmail)
              .otherwise((String) null); // the address is a nicety: sign in without it
      return email.map(address -> {
        Map<String, Object> claims = new LinkedHashMap<>();
        user.forEach(e -> {
          if (e.getValue() != null) {
            claims.put(e.getKey(), e.getValue());
          }
        });
        String name = user.getString("name");
        return new AuthUser(String.valueOf(user.getValue("id")),
            name == null || name.isBlank() ? user.getString("login") : name,
            address, user.getString("avatar_url"), claims);
      });
    });
  }

  /** The user's organisations, and their teams in them. */
  static Future<List<AuthGroup>> groups(SignInProvider provider, String accessToken) {
    String api = provider.settings().apiUrl();
    Future<Object> teams = ProviderApi.get(provider.api(), api + "/user/teams", accessToken);
    Future<Object> orgs = ProviderApi.get(provider.api(), api + "/user/orgs", accessToken);
    return Future.all(orgs, teams).map(all -> {
      List<AuthGroup> groups = new ArrayList<>();
      if (orgs.result() instanceof JsonArray list) {
        for (Object o : list) {
          if (o instanceof JsonObject org && org.getString("login") != null) {
            groups.add(new AuthGroup(org.getString("login"), null));
          }
        }
      }
      if (teams.result() instanceof JsonArray list) {
        for (Object t : list) {
          if (t instanceof JsonObject team && team.getJsonObject("organization") != null) {
            groups.add(new AuthGroup(team.getJsonObject("organization").getString("login"),
                team.getString("slug")));
          }
        }
      }
      return groups;
    });
  }

  private static String primaryEmail(Object body) {
    if (body instanceof JsonArray emails) {
      for (Object o : emails) {
        if (o instanceof JsonObject e && e.getBoolean("primary", false)
            && e.getBoolean("verified", false)) {
          return e.getString("email");
        }
      }
    }
    return null;
  }
}
