package dev.weft.ui;

import java.util.List;

/**
 * How {@link Page#login(String, LoginOptions)} signs in, beyond the provider's configured scopes.
 *
 * @param scopes extra scopes to ask for
 * @param fetchGroups whether to fetch the user's groups (GitHub organisations and teams)
 */
public record LoginOptions(List<String> scopes, boolean fetchGroups) {

  public LoginOptions {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** Nothing beyond the configuration. */
  public static LoginOptions defaults() {
    return new LoginOptions(List.of(), false);
  }
}
