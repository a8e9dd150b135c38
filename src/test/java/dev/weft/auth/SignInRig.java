package dev.weft.auth;

import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.Auth;
import dev.weft.ui.LoginOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * A Weft on a free port whose provider {@code idp} is an in-process mock-oauth2-server issuer
 * (or whatever {@code providers} says), and a real HTTP client that walks the browser's part of a
 * sign-in: to the provider's authorization endpoint, and with its redirect to the callback.
 */
final class SignInRig implements AutoCloseable {

  static final String CLIENT_ID = "weft-test-client";
  static final String CLIENT_SECRET = "s3cret-never-logged";
  static final String SESSION_ID = "session-id-never-logged";

  final MockOAuth2Server issuer;
  final WeftTestServer server;
  final WebClient browser;
  private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<SignInStart, String> providerUrls = new java.util.concurrent.ConcurrentHashMap<>();
  /** The Set-Cookie header of the last oauth_login. */
  volatile String lastSetCookie;

  private SignInRig(MockOAuth2Server issuer, WeftTestServer server) {
    this.issuer = issuer;
    this.server = server;
    this.browser = WebClient.create(server.vertx(), new WebClientOptions().setFollowRedirects(false));
  }

  /** A mock issuer, and a Weft whose provider {@code idp} is it. */
  static SignInRig start() {
    MockOAuth2Server issuer = new MockOAuth2Server();
    issuer.start();
    JsonObject providers = new JsonObject().put("idp", oidc(issuer.issuerUrl("default").toString()));
    return start(issuer, providers);
  }

  /** A Weft with these providers ({@code issuer} may be null) and more configuration. */
  static SignInRig start(MockOAuth2Server issuer, JsonObject providers, Object... config) {
    Object[] all = new Object[config.length + 2];
    all[0] = "oauth.providers";
    all[1] = providers;
    System.arraycopy(config, 0, all, 2, config.length);
    WeftTestServer server = WeftTestServer.start(WeftTestServer.config(all),
        Map.of("/", (App) page -> { }));
    return new SignInRig(issuer, server);
  }

  static JsonObject oidc(String issuerUrl) {
    return new JsonObject().put("type", "oidc").put("issuer", issuerUrl)
        .put("clientId", CLIENT_ID).put("clientSecret", CLIENT_SECRET);
  }

  SignIns signIns() {
    return server.weft().signIns();
  }

  /** A sign-in begun by session {@link #SESSION_ID} on the page {@code /page?x=1}. */
  SignInStart begin(String provider) throws SignInException {
    return begin(provider, LoginOptions.defaults());
  }

  SignInStart begin(String provider, LoginOptions options) throws SignInException {
    return signIns().begin(new SignInRequest(provider, options, SESSION_ID, server.url(), "/page?x=1"));
  }

  /** Where the app sends the browser back: the page that began the sign-in. */
  String pageUrl() {
    return server.url() + "page?x=1";
  }

  /** GET as the browser: with the cookies Weft set (only to Weft). */
  HttpResponse<Buffer> get(String url) {
    var request = browser.getAbs(url);
    if (url.startsWith(server.url()) && !cookies.isEmpty()) {
      request.putHeader("Cookie", String.join("; ", cookies.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }
    return await(request.send());
  }

  /**
   * The page's navigation to the sign-in's URL ({@code oauth_login}, same-origin): keeps the
   * binding cookie and answers where Weft sends the browser, the provider's authorization URL.
   */
  String providerUrl(SignInStart start) {
    return providerUrls.computeIfAbsent(start, s -> {
      HttpResponse<Buffer> login = await(browser.getAbs(s.authorizationUrl())
          .putHeader("Sec-Fetch-Site", "same-origin").send());
      if (login.statusCode() != 303) {
        throw new AssertionError("oauth_login answered " + login.statusCode() + ": " + login.bodyAsString());
      }
      lastSetCookie = login.getHeader("Set-Cookie");
      String pair = lastSetCookie.substring(0, lastSetCookie.indexOf(';'));
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      return login.getHeader("Location");
    });
  }

  /** Forgets the cookies: as another browser. */
  void clearCookies() {
    cookies.clear();
  }

  /** Follows the sign-in to the provider, which answers with a redirect to the callback. */
  String callbackUrl(SignInStart start) {
    HttpResponse<Buffer> authorize = get(providerUrl(start));
    if (authorize.statusCode() != 302) {
      throw new AssertionError("the provider answered " + authorize.statusCode() + ": "
          + authorize.bodyAsString());
    }
    return authorize.getHeader("Location");
  }

  /** The query parameters of a URL, decoded. */
  static Map<String, String> query(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = URI.create(url).getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  /** A URL with one query parameter replaced. */
  static String withParameter(String url, String name, String value) {
    return url.replaceFirst("([?&]" + name + "=)[^&]*", "$1" + value);
  }

  static Auth signedIn(SignInStart start) {
    return await(start.result());
  }

  /** How a sign-in failed: its {@link SignInException}. */
  static SignInException failure(SignInStart start) {
    try {
      start.result().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SignInException s) {
        return s;
      }
      throw new AssertionError("not a SignInException", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the sign-in did not end", e);
    }
    throw new AssertionError("the sign-in succeeded");
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  Vertx vertx() {
    return server.vertx();
  }

  @Override
  public void close() {
    browser.close();
    server.close();
    if (issuer != null) {
      issuer.shutdown();
    }
  }
}
