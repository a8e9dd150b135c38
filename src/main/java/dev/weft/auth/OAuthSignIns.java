package dev.weft.auth;

import dev.weft.ui.AuthTokens;
import dev.weft.ui.LoginOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SignIns} with vertx-auth-oauth2: the configured providers ({@link ProviderSettings}),
 * each sign-in an authorization code flow with PKCE (S256), a one-use {@link OAuthStates} state
 * bound to the session, and for OpenID Connect a nonce and a checked ID token
 * ({@link SignInFlow}). {@link #start()} discovers the OpenID Connect providers; one that cannot
 * be reached is unavailable until a later sign-in's retry succeeds ({@link SignInProvider}).
 */
public final class OAuthSignIns implements SignIns {

  private final Map<String, SignInProvider> providers = new LinkedHashMap<>();
  private final OAuthStates states;
  private final Clock clock;
  private final Duration deadline;

  private OAuthSignIns(Vertx vertx, List<ProviderSettings> settings, OAuthStates states,
                       Duration backoff, Duration deadline, Clock clock) {
    this.deadline = deadline;
    this.states = states;
    this.clock = clock;
    for (ProviderSettings s : settings) {
      providers.put(s.name(), new SignInProvider(vertx, s, backoff, clock));
    }
  }

  /** The providers of a configuration ({@code WeftConfig.oauthProviders()}), issuing states in {@code states}. */
  public static OAuthSignIns create(Vertx vertx, List<ProviderSettings> providers, OAuthStates states) {
    return new OAuthSignIns(vertx, providers, states, SignInProvider.DEFAULT_BACKOFF,
        SignInFlow.DEADLINE, Clock.systemUTC());
  }

  /**
   * As {@link #create(Vertx, List, OAuthStates)}, retrying a failed discovery after
   * {@code backoff} and giving up on a callback's work after {@code deadline}: for tests.
   */
  static OAuthSignIns create(Vertx vertx, List<ProviderSettings> providers, OAuthStates states,
                             Duration backoff, Duration deadline) {
    return new OAuthSignIns(vertx, providers, states, backoff, deadline, Clock.systemUTC());
  }

  /**
   * Discovers every OpenID Connect provider, at once.
   *
   * @return completes when every discovery has ended; never fails (see {@link #unavailable})
   */
  public Future<Void> start() {
    List<Future<Void>> all = new ArrayList<>();
    providers.values().forEach(p -> all.add(p.discover()));
    return Future.join(all).<Void>mapEmpty().otherwise((Void) null);
  }

  /** Closes the providers' HTTP clients. Pending sign-ins fail when the state store closes. */
  public void close() {
    providers.values().forEach(SignInProvider::close);
  }

  @Override
  public List<String> providers() {
    return List.copyOf(providers.keySet());
  }

  @Override
  public String unavailable(String provider) {
    SignInProvider p = providers.get(provider);
    return p == null ? "no sign-in provider is configured as \"" + provider + "\"" : p.unavailable();
  }

  @Override
  public SignInStart begin(SignInRequest request) throws SignInException {
    checkUrls(request);
    SignInProvider provider = providers.get(request.provider());
    if (provider == null) {
      throw new SignInException("unknown_provider", "no sign-in provider is configured as \""
          + request.provider() + "\" (oauth.providers: " + String.join(", ", providers.keySet()) + ")");
    }
    String problem = provider.unavailable();
    if (problem != null) {
      if (provider.mayRetry()) {
        provider.discover(); // for the next sign-in: this one cannot wait for it
      }
      throw new SignInException("unavailable", "sign-in provider " + request.provider()
          + " is unavailable: " + problem);
    }
    LoginOptions options = request.options() == null ? LoginOptions.defaults() : request.options();
    List<String> scopes = new ArrayList<>(provider.settings().scopes());
    options.scopes().stream().filter(s -> !scopes.contains(s)).forEach(scopes::add);
    if (options.fetchGroups() && provider.settings().type() == ProviderType.GITHUB
        && !scopes.contains("read:org")) {
      scopes.add("read:org"); // without it GitHub shows only public memberships, or none
    }
    SignInFlow flow = new SignInFlow(provider, new SignInRequest(request.provider(), options,
        request.sessionId(), request.appUrl(), request.route()), scopes, states.ttl(), deadline, clock);
    String state;
    try {
      state = states.issue(flow);
    } catch (IllegalStateException closed) {
      throw new SignInException("closed", "the server is shutting down");
    }
    flow.issued(state);
    return new SignInStart(flow.loginUrl(), flow.result());
  }

  @Override
  public Future<AuthTokens> refresh(String provider, AuthTokens tokens) {
    SignInProvider p = providers.get(provider);
    OAuth2Auth client = p == null ? null : p.client();
    if (client == null) {
      return Future.failedFuture(new SignInException(p == null ? "unknown_provider" : "unavailable",
          unavailable(provider)));
    }
    if (tokens.refreshToken() == null) {
      return Future.failedFuture(new SignInException("no_refresh_token",
          "the provider gave this sign-in no refresh token"));
    }
    User user = User.create(new JsonObject().put("access_token", tokens.accessToken())
        .put("refresh_token", tokens.refreshToken()));
    return client.refresh(user)
        .map(refreshed -> TokenResponses.tokens(refreshed, tokens.scopes(), tokens))
        .recover(t -> Future.failedFuture(new SignInException("refresh_refused",
            "the provider refused the refresh token")));
  }

  /** A page's URLs come from the server, not the browser; still, a bad one is a bug to name. */
  private static void checkUrls(SignInRequest request) {
    URI app;
    try {
      app = request.appUrl() == null ? null : new URI(request.appUrl());
    } catch (URISyntaxException e) {
      app = null;
    }
    if (app == null || app.getHost() == null || app.getQuery() != null || app.getFragment() != null
        || !("http".equals(app.getScheme()) || "https".equals(app.getScheme()))
        || !app.getPath().endsWith("/")) {
      throw new IllegalArgumentException("appUrl must be the app's absolute http(s) base URL "
          + "ending in /, not " + request.appUrl());
    }
    String route = request.route();
    if (route != null && route.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("route holds control characters");
    }
  }
}
