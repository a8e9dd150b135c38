package dev.weft.auth;

import dev.weft.ui.Auth;
import dev.weft.ui.AuthTokens;
import dev.weft.ui.AuthUser;
import io.vertx.core.Future;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.oauth2.OAuth2FlowType;
import io.vertx.ext.auth.oauth2.Oauth2Credentials;
import java.time.Instant;
import java.util.List;

/**
 * What happens to an authorization code: exchanged at the provider's token endpoint with the PKCE
 * verifier, then for OpenID Connect the ID token checked ({@link IdTokenCheck}) and the user read
 * from it ({@link OidcUsers}), for GitHub the user read from its API ({@link GitHubUsers}).
 * Fails with a {@link SignInException}: {@code token_refused}, {@code invalid_id_token} or
 * {@code user_info_failed}.
 */
final class CodeExchange {

  private CodeExchange() {
  }

  /**
   * @param nonce the nonce the authorization request carried (OpenID Connect), or null
   * @param scopes the scopes asked for: the tokens' when the provider does not say
   */
  static Future<Auth> exchange(SignInProvider provider, String code, String redirectUri,
                               String verifier, String nonce, List<String> scopes,
                               boolean fetchGroups, Instant now) {
    return provider.client().authenticate(new Oauth2Credentials()
            .setFlow(OAuth2FlowType.AUTH_CODE)
            .setCode(code)
            .setRedirectUri(redirectUri)
            .setCodeVerifier(verifier))
        .recover(t -> Future.failedFuture(new SignInException("token_refused",
            "the provider's token endpoint refused the code (" + providerError(t) + ")")))
        .compose(user -> signedIn(provider, user, nonce, scopes, fetchGroups, now));
  }

  private static Future<Auth> signedIn(SignInProvider provider, User user, String nonce,
                                       List<String> scopes, boolean fetchGroups, Instant now) {
    AuthTokens tokens = TokenResponses.tokens(user, scopes, null);
    String name = provider.settings().name();
    if (provider.settings().type().openIdConnect()) {
      try {
        var claims = IdTokenCheck.check(user.attributes().getJsonObject("idToken"),
            tokens.idToken(), provider.issuer(), provider.settings().clientId(), nonce, now);
        return OidcUsers.user(provider, user, claims).map(u -> new Auth(name, u, tokens, List.of()));
      } catch (SignInException e) {
        return Future.failedFuture(e);
      }
    }
    Future<AuthUser> who = GitHubUsers.user(provider, tokens.accessToken());
    if (!fetchGroups) {
      return who.map(u -> new Auth(name, u, tokens, List.of()));
    }
    return who.compose(u -> GitHubUsers.groups(provider, tokens.accessToken())
        .map(groups -> new Auth(name, u, tokens, groups)));
  }

  /** The OAuth error code of a token endpoint's refusal ({@code invalid_grant}), never more. */
  private static String providerError(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    int colon = message.indexOf(':');
    String code = Html.plainCode(colon > 0 ? message.substring(0, colon) : message);
    return code.length() > 40 || code.equals("unknown") ? "no error code" : code;
  }
}
