package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocket;
import dev.weft.examples.Login;
import dev.weft.testing.WeftTestServer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the /login/ demo in Chromium, with an in-process mock-oauth2-server as the OpenID
 * Connect provider {@code mock} and its interactive login page: "Sign in" goes to the provider,
 * the user signs in there, the provider redirects to the callback, the callback redirects (303)
 * back to the app, and the page shows "Signed in as Ada Lovelace" in the very session that
 * started the sign-in (the render after the return carries the same session id, and no
 * session-lost notice shows); "Sign out" shows "Signed out" and the "Sign in" button again. Then
 * the same behind nginx under the /weft/ prefix (docs/nginx/weft.conf). Each test prints a
 * transcript: clicks, the main frame's navigations and redirects, with secrets elided, and the
 * final text. Needs chromium (and nginx for the second; {@code WEFT_SKIP_NGINX_TESTS=1} skips it).
 */
class LoginIT extends BrowserBase {

  /** Query parameters that are secrets, or bind a sign-in: shown as {@code …} in transcripts. */
  private static final Pattern SECRET = Pattern.compile(
      "(?<=[?&](state|code|code_challenge|nonce|session_state)=)[^&#]+");

  private static MockOAuth2Server issuer;
  private static WeftTestServer weft;          // the demo, reached directly
  private static WeftTestServer proxiedWeft;   // the demo behind nginx, trusting its headers
  private static Nginx nginx;

  @BeforeAll
  static void startIssuerAndWeft() throws Exception {
    if (Browsers.skipped()) {
      return;
    }
    issuer = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
    issuer.start();
    weft = demo(false);
    System.out.println("[e2e] mock-oauth2-server at " + issuer.issuerUrl("default")
        + "; the demo at " + loginUrl(weft.port()));
    if (!Nginx.skipped()) {
      proxiedWeft = demo(true);
      nginx = Nginx.start("login-it", proxiedWeft.port());
    }
  }

  private static WeftTestServer demo(boolean trustProxy) {
    JsonObject providers = new JsonObject().put("mock", new JsonObject()
        .put("type", "oidc")
        .put("issuer", issuer.issuerUrl("default").toString())
        .put("clientId", "weft-demo")
        .put("clientSecret", "demo-secret-never-shown"));
    return WeftTestServer.start(WeftTestServer.config("oauth.providers", providers,
        "http.trustProxy", trustProxy), Map.of("/login/", new Login()));
  }

  private static String loginUrl(int port) {
    return "http://127.0.0.1:" + port + "/login/";
  }

  @AfterAll
  static void stopAll() throws Exception {
    try {
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      nginx = null;
      for (WeftTestServer s : new WeftTestServer[] {weft, proxiedWeft}) {
        if (s != null) {
          s.close();
        }
      }
      weft = proxiedWeft = null;
      if (issuer != null) {
        issuer.shutdown();
      }
      issuer = null;
    }
  }

  @Test
  void signInAtTheProviderComesBackToTheSameSessionThenSignOut() throws Exception {
    signInAndOut(loginUrl(weft.port()), "direct");
  }

  @Test
  void theSameBehindNginxUnderAPathPrefix() throws Exception {
    Nginx.assumeNotSkipped();
    String app = nginx.url("/weft/login/");
    signInAndOut(app, "nginx");
    assertThat(nginx.accessLog()).as("the callback came through nginx")
        .anySatisfy(line -> assertThat(line).startsWith("GET /weft/login/oauth_callback?")
            .contains(" 303 "));
  }

  @Test
  void aSignInRefusedAtTheProviderShowsItsErrorInTheSameSession() throws Exception {
    List<String> sessions = Collections.synchronizedList(new ArrayList<>());
    page.onWebSocket(ws -> watchSocket(ws, sessions, new ArrayList<>()));
    context.route(Pattern.compile("^https?://fonts\\.googleapis\\.com/.*"), route -> route.abort());
    String app = loginUrl(weft.port());
    page.navigate(app);
    button(page, "Sign in").click();
    page.locator("input[name=username]").waitFor();
    // the user refuses: the provider sends the browser back with an error instead of a code
    String state = java.net.URLDecoder.decode(page.url().replaceFirst(".*[?&]state=([^&]+).*", "$1"),
        java.nio.charset.StandardCharsets.UTF_8);
    Response refused = page.navigate(app + "oauth_callback?error=access_denied&state=" + urlEncoded(state));
    assertThat(refused.status()).isEqualTo(403);
    exactText(page, "Sign-in cancelled").waitFor();
    page.getByText("Back to the app").click();

    exactText(page, "Sign-in failed").waitFor();
    Locator error = byKey(page, "error");
    error.waitFor();
    assertThat(error.textContent()).contains("access_denied");
    button(page, "Sign in").waitFor();
    assertThat(sessions).hasSizeGreaterThanOrEqualTo(2).containsOnly(sessions.get(0));
    assertThat(page.locator(".weft-session-lost-banner").count()).isZero();
    screenshot("refused");
    System.out.println("[e2e LoginIT refused] the page says \"Sign-in failed\" and \""
        + error.textContent() + "\" (session " + elideId(sessions.get(0)) + " throughout)");
  }

  @Test
  void withoutAProviderTheDemoSaysSo() throws Exception {
    try (WeftTestServer bare = WeftTestServer.start(WeftTestServer.config(),
        Map.of("/login/", new Login()))) {
      page.navigate(loginUrl(bare.port()));
      exactText(page, "No sign-in provider is configured").waitFor();
      assertThat(page.getByText("oauth.providers").count()).isEqualTo(1);
      assertThat(button(page, "Sign in").count()).isZero();
      screenshot("no-provider");
      watch.assertClean();
    }
  }

  private void signInAndOut(String app, String name) throws Exception {
    List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    List<String> sessions = Collections.synchronizedList(new ArrayList<>()); // of each render
    List<String> registers = Collections.synchronizedList(new ArrayList<>());
    // the mock's login page asks Google for a font; the test is offline, and needs no font
    context.route(Pattern.compile("^https?://fonts\\.googleapis\\.com/.*"), route -> route.fulfill(
        new Route.FulfillOptions().setStatus(200).setContentType("text/css").setBody("")));
    page.onWebSocket(ws -> watchSocket(ws, sessions, registers));
    page.onFrameNavigated((Frame frame) -> {
      if (frame == page.mainFrame()) {
        transcript.add("    at " + elide(frame.url()));
      }
    });
    page.onResponse((Response r) -> {
      if (r.status() >= 300 && r.status() < 400 && r.request().isNavigationRequest()) {
        transcript.add("    " + r.status() + " " + elide(r.url()) + " -> "
            + elide(String.valueOf(r.headerValue("location"))));
      }
    });

    transcript.add("open " + app);
    page.navigate(app);
    exactText(page, "Not signed in").waitFor();
    exactText(page, "Sign in with mock.").waitFor();
    screenshot(name + "-signed-out");
    assertThat(sessions).hasSize(1);
    String session = sessions.get(0);

    transcript.add("click \"Sign in\"");
    button(page, "Sign in").click();
    Locator username = page.locator("input[name=username]");
    username.waitFor(); // the provider's login page
    assertThat(page.url()).startsWith(issuer.authorizationEndpointUrl("default").toString());
    assertThat(page.url()).contains("redirect_uri=" + urlEncoded(app + "oauth_callback"))
        .contains("code_challenge_method=S256").contains("nonce=").contains("state=");
    transcript.add("fill the provider's form: username \"ada\", claims {name, email}; click \"Sign-in\"");
    username.fill("ada");
    page.locator("textarea[name=claims]")
        .fill("{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}");
    page.locator("input[type=submit]").click();

    Locator signedIn = exactText(page, "Signed in as Ada Lovelace");
    signedIn.waitFor();
    exactText(page, "ada@example.com · via mock").waitFor();
    assertThat(page.url()).isEqualTo(app);
    assertThat(sessions).as("every render, before and after the provider, is of one session")
        .hasSizeGreaterThanOrEqualTo(2).containsOnly(session);
    assertThat(registers).as("the returning page re-attached, asking for a render")
        .anySatisfy(r -> {
          JsonObject register = new JsonObject(r);
          assertThat(register.getString("session")).isEqualTo(session);
          assertThat(register.getLong("ack")).isZero();
        });
    assertThat(page.locator(".weft-session-lost-banner").count()).isZero();
    assertThat(page.evaluate("() => Object.keys(sessionStorage).length")).as("the entry is used up")
        .isEqualTo(0);
    screenshot(name + "-signed-in");
    transcript.add("page says \"" + signedIn.textContent() + "\" (session " + elideId(session)
        + ", the same as before the sign-in)");

    transcript.add("click \"Sign out\"");
    button(page, "Sign out").click();
    exactText(page, "Signed out").waitFor();
    button(page, "Sign in").waitFor();
    assertThat(button(page, "Sign out").isVisible()).isFalse();
    transcript.add("page says \"" + exactText(page, "Signed out").textContent() + "\", with the "
        + "\"Sign in\" button again");

    System.out.println("[e2e LoginIT " + name + "] transcript:\n  " + String.join("\n  ", transcript));
    watch.assertClean();
  }

  /** Records the session id of every render and every register the page sends. */
  private static void watchSocket(WebSocket ws, List<String> sessions, List<String> registers) {
    ws.onFrameReceived(frame -> {
      String text = frame.text();
      if (text != null && text.startsWith("{\"type\":\"render\"")) {
        sessions.add(new JsonObject(text).getString("session"));
      }
    });
    ws.onFrameSent(frame -> {
      String text = frame.text();
      if (text != null && text.contains("\"type\":\"register\"")) {
        registers.add(text);
      }
    });
  }

  private static String urlEncoded(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A URL with its secrets ({@link #SECRET}) replaced by {@code …}. */
  static String elide(String url) {
    return SECRET.matcher(url).replaceAll("…");
  }

  /** A session id: a secret, so only its first characters. */
  private static String elideId(String id) {
    return id.substring(0, 4) + "…";
  }

  private void screenshot(String name) throws Exception {
    Path file = E2eServer.screenshots().resolve("login-" + name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
  }
}
