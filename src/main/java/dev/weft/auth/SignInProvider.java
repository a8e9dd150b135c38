package dev.weft.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One configured provider at run time: its Vert.x OAuth2 client once ready, or why it is not.
 * GitHub is ready at once (fixed endpoints). An OpenID Connect provider needs its discovery
 * document and keys first: when they cannot be fetched at start, the provider is marked
 * unavailable rather than failing the start (one provider's outage should not keep the app, or
 * its other providers, down), and the first sign-in after a back-off tries again. Thread-safe.
 */
final class SignInProvider {

  private static final System.Logger LOG = System.getLogger(SignInProvider.class.getName());
  /** Connect and read timeouts for every call to the provider. */
  static final int HTTP_TIMEOUT_MS = 5_000;
  /** The first wait before discovery is tried again; it doubles up to {@link #MAX_BACKOFF}. */
  static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  private final Vertx vertx;
  private final ProviderSettings settings;
  private final Duration firstBackoff;
  private final Clock clock;
  private final HttpClient api; // GitHub's API; userinfo goes through Vert.x's client
  private final AtomicBoolean discovering = new AtomicBoolean();
  private volatile OAuth2Auth client;
  private volatile String issuer; // as discovery named it: the ID tokens' iss
  private volatile String problem = "its discovery has not run yet (Weft.start() runs it)";
  private volatile Instant retryAt = Instant.MIN;
  private volatile Duration backoff;

  SignInProvider(Vertx vertx, ProviderSettings settings, Duration backoff, Clock clock) {
    this.vertx = vertx;
    this.settings = settings;
    this.firstBackoff = backoff;
    this.backoff = backoff;
    this.clock = clock;
    this.api = vertx.createHttpClient(httpOptions());
    if (settings.type() == ProviderType.GITHUB) {
      client = OAuth2Auth.create(vertx, new OAuth2Options()
          .setHttpClientOptions(httpOptions())
          .setClientId(settings.clientId())
          .setClientSecret(secret())
          .setSite(settings.site() + "/login")
          .setAuthorizationPath("/oauth/authorize")
          .setTokenPath("/oauth/access_token")
          .setUserAgent("weft"));
      problem = null;
    }
  }

  ProviderSettings settings() {
    return settings;
  }

  /** The OAuth2 client, or null while unavailable. */
  OAuth2Auth client() {
    return client;
  }

  /** The issuer ID tokens must name (OpenID Connect), or null. */
  String issuer() {
    return issuer;
  }

  /** The HTTP client for the provider's own API (GitHub's user, e-mails, teams). */
  HttpClient api() {
    return api;
  }

  /** Why the provider cannot be used now, or null when it can. */
  String unavailable() {
    return client == null ? problem : null;
  }

  /**
   * Discovers the provider (OpenID Connect) unless it is ready or being discovered.
   *
   * @return completes when this attempt ended, never failing: a failure marks the provider
   *     unavailable until the next attempt
   */
  Future<Void> discover() {
    if (client != null || !discovering.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    OAuth2Options options = new OAuth2Options()
        .setHttpClientOptions(httpOptions())
        .setClientId(settings.clientId())
        .setClientSecret(secret())
        .setSite(settings.issuer())
        .setUserAgent("weft")
        .setJWTOptions(new JWTOptions().setLeeway((int) IdTokenCheck.LEEWAY.toSeconds()))
        // Microsoft's multi-tenant endpoints name {tenantid} as their issuer: IdTokenCheck
        // checks the issuer itself, with the token's tenant
        .setValidateIssuer(settings.type() != ProviderType.AZURE);
    return OpenIDConnectAuth.discover(vertx, options)
        .onSuccess(discovered -> {
          // discover() keeps this options object: what it found is read back from it
          String named = options.getJWTOptions() == null ? null : options.getJWTOptions().getIssuer();
          issuer = named != null ? named : settings.issuer();
          if (named != null && (named.contains("{tenantid}") || settings.type() == ProviderType.GOOGLE)) {
            // Vert.x compares the issuer literally: Microsoft's multi-tenant one is a template,
            // and Google's tokens may name theirs without https://. IdTokenCheck knows both.
            options.getJWTOptions().setIssuer(null);
          }
          if (options.getJwkPath() == null) {
            markUnavailable("its discovery document names no jwks_uri, so ID tokens cannot be "
                + "verified");
            return;
          }
          AtomicBoolean refreshing = new AtomicBoolean();
          discovered.missingKeyHandler(kid -> { // the issuer rotated its keys: fetch them again
            if (refreshing.compareAndSet(false, true)) {
              discovered.jWKSet().onComplete(ar -> refreshing.set(false));
            }
          });
          client = discovered;
          problem = null;
          backoff = firstBackoff;
          LOG.log(System.Logger.Level.INFO, "sign-in provider " + settings.name() + " ("
              + settings.type().configName() + ") discovered at " + settings.issuer());
        })
        .onFailure(t -> markUnavailable("its discovery at " + settings.issuer()
            + "/.well-known/openid-configuration failed: " + t.getMessage()))
        .<Void>mapEmpty()
        .otherwise((Void) null)
        .onComplete(v -> discovering.set(false));
  }

  /** Whether the back-off since the last failed discovery has passed. */
  boolean mayRetry() {
    return client == null && !discovering.get() && !clock.instant().isBefore(retryAt);
  }

  private void markUnavailable(String why) {
    problem = why;
    retryAt = clock.instant().plus(backoff);
    LOG.log(System.Logger.Level.WARNING, "sign-in provider " + settings.name()
        + " is unavailable: " + why + "; the first sign-in after " + backoff.toSeconds()
        + " s tries again");
    Duration doubled = backoff.multipliedBy(2);
    backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
  }

  void close() {
    api.close();
    OAuth2Auth c = client;
    if (c instanceof io.vertx.core.Closeable closeable) {
      closeable.close(io.vertx.core.Promise.promise());
    }
  }

  private String secret() {
    return settings.clientSecret().isEmpty() ? null : settings.clientSecret();
  }

  private static HttpClientOptions httpOptions() {
    return new HttpClientOptions().setConnectTimeout(HTTP_TIMEOUT_MS)
        .setIdleTimeout(HTTP_TIMEOUT_MS).setIdleTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS);
  }
}
