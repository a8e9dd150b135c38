package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import dev.weft.App;
import dev.weft.examples.SeedApp;
import dev.weft.examples.SubApp;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.controls.Text;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weft behind nginx under a path prefix, in Chromium: nginx runs on loopback with
 * docs/nginx/weft.conf (see {@link Nginx}) and serves {@code /weft/} from a Weft server that trusts
 * its headers. Through nginx the seed app loads cleanly and its handlers answer over the proxied
 * WebSocket, {@code /weft/sub-app} redirects to {@code /weft/sub-app/}, the app sees the
 * browser's own address (nginx connects to Weft from another one), and a foreign origin's
 * WebSocket is refused with 403. Needs chromium and nginx ({@code WEFT_SKIP_BROWSER_TESTS=1} or
 * {@code WEFT_SKIP_NGINX_TESTS=1} skip it).
 */
class NginxProxyIT extends BrowserBase {

  /** The seed's handlers take 3 s each and run at once. */
  private static final double HANDLERS_TIMEOUT_MS = 8_000;

  private static WeftTestServer weft;
  private static Nginx nginx;

  @BeforeAll
  static void startWeftAndNginx() throws Exception {
    if (Browsers.skipped() || Nginx.skipped()) {
      return; // each test reports itself skipped
    }
    Map<String, Object> apps = new LinkedHashMap<>();
    apps.put("/", new SeedApp());
    apps.put("/sub-app/", new SubApp());
    apps.put("/whoami/", whoAmI());
    weft = WeftTestServer.start(WeftTestServer.config("http.trustProxy", true), apps);
    nginx = Nginx.start("proxy-it", weft.port());
  }

  @AfterAll
  static void stopNginxAndWeft() throws Exception {
    try {
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      nginx = null;
      if (weft != null) {
        weft.close();
      }
      weft = null;
    }
  }

  @BeforeEach
  void needsNginx() {
    Nginx.assumeNotSkipped();
  }

  /** Shows what the app knows of its browser. */
  private static App whoAmI() {
    return page -> {
      ClientInfo client = page.client();
      page.add(new Text("ip " + client.clientIp()),
          new Text("name " + page.queryParam("name")),
          new Text("cookie " + client.cookie("flavour")),
          new Text("chromium " + (client.userAgent() != null && client.userAgent().contains("Chrome"))));
    };
  }

  @Test
  void theSeedAppRunsUnderThePrefixWithItsHandlersOverTheProxiedSocket() {
    List<String> sockets = Collections.synchronizedList(new ArrayList<>());
    page.onWebSocket(ws -> sockets.add(ws.url()));

    Response response = page.navigate(nginx.url("/weft"));   // nginx: 301 to /weft/
    assertThat(response.status()).isEqualTo(200);
    assertThat(page.url()).isEqualTo(nginx.url("/weft/"));
    Locator call = button(page, "Call handler");
    Locator callAsync = button(page, "Call async handler");
    call.waitFor();
    assertThat(page.evaluate("() => document.baseURI")).isEqualTo(nginx.url("/weft/"));
    assertThat(sockets).containsExactly("ws://127.0.0.1:" + nginx.port() + "/weft/ws");

    call.click();
    callAsync.click();
    exactText(page, "Handler clicked").waitFor(new Locator.WaitForOptions().setTimeout(HANDLERS_TIMEOUT_MS));
    exactText(page, "Async handler clicked").waitFor(new Locator.WaitForOptions().setTimeout(HANDLERS_TIMEOUT_MS));

    assertThat(watch.consoleErrors()).isEmpty();
    watch.assertClean();
    assertThat(watch.responses()).as("every file came through nginx under the prefix")
        .allSatisfy(line -> assertThat(line).contains(nginx.url("/weft")));
  }

  @Test
  void theSubAppsBarePathRedirectsUnderThePrefix() {
    Response response = page.navigate(nginx.url("/weft/sub-app?from=test"));
    Request redirected = response.request().redirectedFrom();
    assertThat(redirected).as("the bare path was redirected").isNotNull();
    assertThat(redirected.url()).isEqualTo(nginx.url("/weft/sub-app?from=test"));
    assertThat(redirected.response().status()).isEqualTo(302);
    assertThat(redirected.response().headerValue("location")).isEqualTo("/weft/sub-app/?from=test");
    assertThat(page.url()).isEqualTo(nginx.url("/weft/sub-app/?from=test"));

    exactText(page, "This is sub app!").waitFor();
    assertThat(button(page, "Call handler").count()).as("not the root app").isZero();
    watch.assertClean();
  }

  @Test
  void theAppSeesTheBrowsersAddressCookiesAndQuery() {
    context.addCookies(List.of(new Cookie("flavour", "oat").setUrl(nginx.url("/weft/"))));
    page.navigate(nginx.url("/weft/whoami/?name=Ada%20L"));

    // nginx reaches Weft from 127.0.0.2: 127.0.0.1 can only come from its forwarded headers
    exactText(page, "ip 127.0.0.1").waitFor();
    exactText(page, "name Ada L").waitFor();
    exactText(page, "cookie oat").waitFor();
    exactText(page, "chromium true").waitFor();
    watch.assertClean();
  }

  @Test
  void aForeignOriginsWebSocketIsRefusedWith403ThroughNginx() {
    assertThatThrownBy(() -> WeftTestClient.connect(ConnectOptions.of(nginx.url("/weft/"))
        .origin("https://evil.example")))
        .isInstanceOfSatisfying(ConnectFailedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void headersABrowserSendsCannotPoseAsTheProxy() throws Exception {
    // nginx sets every forwarding header itself, so these never reach Weft
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(nginx.url("/weft/whoami/"))
        .header("X-Forwarded-For", "203.0.113.66")
        .header("Forwarded", "for=203.0.113.66;host=evil.example;proto=https")
        .header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-Proto", "https"))) {
      client.awaitText("ip 127.0.0.1", Duration.ofSeconds(5));
    }
    // Java's client asks to upgrade to h2c (HTTP/2 over plain http): the configuration passes
    // only WebSocket upgrades on, so this is answered as HTTP/1.1 instead of hanging
    HttpResponse<String> index = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(nginx.url("/weft/"))).timeout(Duration.ofSeconds(10))
            .header("X-Forwarded-Prefix", "/evil").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<base href=\"/weft/\">");
  }
}
