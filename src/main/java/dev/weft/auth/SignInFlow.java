package dev.weft.auth;

import dev.weft.ui.Auth;
import dev.weft.ui.AuthTokens;
import dev.weft.ui.AuthUser;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.oauth2.OAuth2AuthorizationURL;
import io.vertx.ext.auth.oauth2.OAuth2FlowType;
import io.vertx.ext.auth.oauth2.Oauth2Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One sign-in, from {@code page.login} to the callback, kept in the instance that issued its state
 * (the session's): the PKCE verifier and the nonce never leave it. When the callback arrives (on
 * any instance) it exchanges the code, checks the ID token, learns who the user is, completes the
 * session's result and tells the browser where to go: back to the page that began the sign-in, or
 * to a page saying what went wrong, while the result fails with a {@link SignInException} whose
 * code {@code page.onLogin} sees.
 */
final class SignInFlow implements StateHolder {

  private static final System.Logger LOG = System.getLogger(SignInFlow.class.getName());
  /** The longest the work after the callback may take; the callback waits a little longer. */
  static final Duration DEADLINE = Duration.ofSeconds(12);

  private final SignInProvider provider;
  private final SignInRequest request;
  private final List<String> scopes;
  private final Pkce pkce = Pkce.create();
  private final String nonce; // OpenID Connect only
  private final Clock clock;
  private final Promise<Auth> result = Promise.promise();
  private final String browserKey = Pkce.random();
  private final long stateTtlSeconds;
  private final java.util.concurrent.atomic.AtomicBoolean loginTaken = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile String state;
  private final Duration deadline;

  SignInFlow(SignInProvider provider, SignInRequest request, List<String> scopes,
             Duration stateTtl, Duration deadline, Clock clock) {
    this.deadline = deadline;
    this.stateTtlSeconds = stateTtl.toSeconds();
    this.provider = provider;
    this.request = request;
    this.scopes = List.copyOf(scopes);
    this.nonce = provider.settings().type().openIdConnect() ? Pkce.random() : null;
    this.clock = clock;
  }

  /** Completes with the signed-in user and tokens, or fails with a {@link SignInException}. */
  Future<Auth> result() {
    return result.future();
  }

  /** {@code appUrl + "oauth_callback"}: what the provider must have registered for this app. */
  String redirectUri() {
    return request.appUrl() + "oauth_callback";
  }

  @Override
  public String returnUrl() {
    String route = request.route() == null ? "" : request.route();
    return request.appUrl() + (route.startsWith("/") ? route.substring(1) : route);
  }

  /** The state the store issued for this sign-in. */
  void issued(String issuedState) {
    this.state = issuedState;
  }

  /**
   * Where the page sends the browser: {@code <app base>oauth_login?state=…}, which binds the
   * browser ({@link BrowserBinding}) and sends it on to the provider.
   */
  String loginUrl() {
    return request.appUrl() + "oauth_login?state=" + state;
  }

  @Override
  public BrowserBinding login() {
    if (state == null || !loginTaken.compareAndSet(false, true)) {
      return null;
    }
    java.net.URI app = java.net.URI.create(request.appUrl());
    return new BrowserBinding(browserKey, app.getRawPath() + "oauth_callback",
        "https".equals(app.getScheme()), stateTtlSeconds, authorizationUrl(state));
  }

  /** Where to send the browser: the provider's authorization endpoint with this sign-in's values. */
  String authorizationUrl(String state) {
    OAuth2AuthorizationURL url = new OAuth2AuthorizationURL()
        .setRedirectUri(redirectUri())
        .setScopes(scopes)
        .setState(state)
        .setCodeChallenge(pkce.challenge())
        .setCodeChallengeMethod(Pkce.METHOD);
    if (nonce != null) {
      url.putAdditionalParameter("nonce", nonce);
    }
    return provider.client().authorizeURL(url);
  }

  @Override
  public Future<CallbackAnswer> callback(Map<String, String> parameters, String presentedKey) {
    if (!MessageDigest.isEqual(browserKey.getBytes(StandardCharsets.US_ASCII),
        presentedKey == null ? new byte[0] : presentedKey.getBytes(StandardCharsets.US_ASCII))) {
      fail(new SignInException("browser_mismatch", "the callback came to a browser that did not "
          + "begin this sign-in"));
      return Future.succeededFuture(CallbackAnswer.page(403, "Sign-in refused", "This sign-in was "
          + "begun in another browser (or this browser blocked its cookie), so you are not signed "
          + "in. Please sign in again from the app.", returnUrl()));
    }
    String error = parameters.get("error");
    if (error != null) {
      fail(new SignInException(Html.plainCode(error), "the provider answered "
          + Html.plainCode(error)));
      return Future.succeededFuture(CallbackAnswer.providerError(error, returnUrl()));
    }
    String code = parameters.get("code");
    if (code == null || code.isEmpty()) {
      fail(new SignInException("no_code", "the provider sent no code"));
      return Future.succeededFuture(CallbackAnswer.noCode(returnUrl()));
    }
    return exchange(code)
        .timeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .map(auth -> {
          result.tryComplete(auth);
          // no session id: with a sign-in in it, a session id is worth stealing
          LOG.log(System.Logger.Level.INFO, "signed in with " + provider.settings().name());
          return CallbackAnswer.redirect(returnUrl());
        })
        .recover(t -> {
          SignInException why = t instanceof SignInException e ? e
              : t instanceof TimeoutException ? new SignInException("provider_timeout",
                  "the provider did not answer within " + deadline.toMillis() + " ms")
              : new SignInException("sign_in_failed", "the sign-in failed: " + t.getClass().getSimpleName());
          fail(why);
          return Future.succeededFuture(answerFor(why));
        });
  }

  @Override
  public void abandoned(SignInException why) {
    fail(why);
  }

  private Future<Auth> exchange(String code) {
    return provider.client().authenticate(new Oauth2Credentials()
            .setFlow(OAuth2FlowType.AUTH_CODE)
            .setCode(code)
            .setRedirectUri(redirectUri())
            .setCodeVerifier(pkce.verifier()))
        .recover(t -> Future.failedFuture(new SignInException("token_refused",
            "the provider's token endpoint refused the code (" + providerError(t) + ")")))
        .compose(this::signedIn);
  }

  private Future<Auth> signedIn(User user) {
    AuthTokens tokens = TokenResponses.tokens(user, scopes, null);
    String name = provider.settings().name();
    if (provider.settings().type().openIdConnect()) {
      try {
        var claims = IdTokenCheck.check(user.attributes().getJsonObject("idToken"),
            tokens.idToken(), provider.issuer(), provider.settings().clientId(), nonce,
            clock.instant());
        return OidcUsers.user(provider, user, claims).map(u -> new Auth(name, u, tokens, List.of()));
      } catch (SignInException e) {
        return Future.failedFuture(e);
      }
    }
    Future<AuthUser> who = GitHubUsers.user(provider, tokens.accessToken());
    if (!request.options().fetchGroups()) {
      return who.map(u -> new Auth(name, u, tokens, List.of()));
    }
    return who.compose(u -> GitHubUsers.groups(provider, tokens.accessToken())
        .map(groups -> new Auth(name, u, tokens, groups)));
  }

  private CallbackAnswer answerFor(SignInException why) {
    return switch (why.error()) {
      case "token_refused" -> CallbackAnswer.page(400, "Sign-in failed", "The provider did not "
          + "accept the sign-in code, so you are not signed in. Please sign in again.", returnUrl());
      case "invalid_id_token" -> CallbackAnswer.page(401, "Sign-in refused", "The provider's ID "
          + "token could not be trusted: " + why.getMessage().replaceFirst("^the ID token was refused: ", "")
          + ". You are not signed in.", returnUrl());
      case "user_info_failed" -> CallbackAnswer.page(502, "Sign-in failed", "The provider did not "
          + "say who you are, so you are not signed in. Please try again.", returnUrl());
      case "provider_timeout" -> CallbackAnswer.timedOut(returnUrl());
      default -> CallbackAnswer.page(500, "Sign-in failed", "The sign-in failed on the server, so "
          + "you are not signed in. Please try again.", returnUrl());
    };
  }

  private void fail(SignInException why) {
    if (result.tryFail(why)) {
      LOG.log(System.Logger.Level.INFO, "sign-in with " + provider.settings().name()
          + " failed: " + why.error() + ", " + why.getMessage());
    }
  }

  /** The OAuth error code of a token endpoint's refusal ({@code invalid_grant}), never more. */
  private static String providerError(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    int colon = message.indexOf(':');
    String code = Html.plainCode(colon > 0 ? message.substring(0, colon) : message);
    return code.length() > 40 || code.equals("unknown") ? "no error code" : code;
  }
}
