package dev.weft.ui;

import java.util.List;

/**
 * Who is signed in to a page ({@link Page#auth()}): the provider, the user, the tokens and, when
 * asked for, the user's groups. Immutable: a token refresh gives the page a new {@code Auth}.
 *
 * @param provider the configured provider's name ({@code oauth.providers.<name>})
 * @param user the user
 * @param tokens the tokens, which never leave the server
 * @param groups the user's groups when {@link LoginOptions#fetchGroups()} asked for them, else empty
 */
public record Auth(String provider, AuthUser user, AuthTokens tokens, List<AuthGroup> groups) {

  public Auth {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** The same sign-in with new tokens (after a refresh). */
  public Auth withTokens(AuthTokens refreshed) {
    return new Auth(provider, user, refreshed, groups);
  }
}
