package dev.weft.auth;

import dev.weft.ui.Auth;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.ext.auth.oauth2.OAuth2AuthorizationURL;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

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
  private final String browserKey = Pkce.random();
  private final long stateTtlSeconds;
  private final Duration deadline;
  private final Clock clock;
  private final Promise<Auth> result = Promise.promise();
  private final AtomicBoolean loginTaken = new AtomicBoolean();
  private volatile String state;

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
    URI app = URI.create(request.appUrl());
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
    if (!BrowserBinding.sameKey(browserKey, presentedKey)) {
      SignInException why = new SignInException("browser_mismatch", "the callback came to a "
          + "browser that did not begin this sign-in");
      fail(why);
      return Future.succeededFuture(CallbackAnswer.failed(why, returnUrl()));
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
    return CodeExchange.exchange(provider, code, redirectUri(), pkce.verifier(), nonce, scopes,
            request.options().fetchGroups(), clock.instant())
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
          return Future.succeededFuture(CallbackAnswer.failed(why, returnUrl()));
        });
  }

  @Override
  public void abandoned(SignInException why) {
    fail(why);
  }

  private void fail(SignInException why) {
    if (result.tryFail(why)) {
      LOG.log(System.Logger.Level.INFO, "sign-in with " + provider.settings().name()
          + " failed: " + why.error() + ", " + why.getMessage());
    }
  }
}
