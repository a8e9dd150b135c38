package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a reverse proxy: with {@code http.trustProxy} on, {@code Forwarded} and
 * {@code X-Forwarded-*} decide the page's base, redirects, the WebSocket origin check and the
 * client's address; with it off (the default) the very same headers change nothing, so a browser
 * cannot claim another address or lure the origin check. Two servers, one trusting, one not, get
 * the same requests over real HTTP and real WebSockets.
 */
class ForwardedHeadersTest {

  private final BlockingQueue<ClientInfo> seen = new LinkedBlockingQueue<>();
  private ItServer trusting;
  private ItServer plain;
  private WebClient web;

  @BeforeEach
  void start() {
    App main = page -> {
      seen.add(page.client());
      page.add(new Text("main"));
    };
    App sub = page -> page.add(new Text("sub"));
    trusting = ItServer.start(ItServer.config("http.trustProxy", true), Map.of("/", main, "/sub-app/", sub));
    plain = ItServer.start(Map.of("/", main, "/sub-app/", sub));
    web = WebClient.create(trusting.vertx, new WebClientOptions().setFollowRedirects(false));
  }

  @AfterEach
  void stop() {
    web.close();
    trusting.close();
    plain.close();
  }

  // ------------------------------------------------------------------ the page's base

  @Test
  void aTrustedPrefixIsPartOfTheBase() {
    assertThat(index(trusting, "/", "X-Forwarded-Prefix", "/weft")).contains("<base href=\"/weft/\">");
    assertThat(index(trusting, "/", "X-Forwarded-Prefix", "/weft/")).contains("<base href=\"/weft/\">");
    assertThat(index(trusting, "/sub-app/", "X-Forwarded-Prefix", "/tools/weft"))
        .contains("<base href=\"/tools/weft/sub-app/\">");
    assertThat(index(trusting, "/deep/route", "X-Forwarded-Prefix", "/weft")).contains("<base href=\"/weft/\">");
  }

  @Test
  void withoutAPrefixTheBaseIsTheMount() {
    assertThat(index(trusting, "/sub-app/")).contains("<base href=\"/sub-app/\">");
  }

  @Test
  void aBadPrefixIsIgnored() {
    for (String bad : new String[] {"weft", "/a/../b", "//evil.example", "/%2e%2e", "/a\\b",
        "/\"><script>alert(1)</script>", "https://evil.example/"}) {
      assertThat(index(trusting, "/", "X-Forwarded-Prefix", bad)).as(bad).contains("<base href=\"/\">");
    }
  }

  @Test
  void anUntrustedPrefixIsIgnored() {
    assertThat(index(plain, "/", "X-Forwarded-Prefix", "/weft")).contains("<base href=\"/\">");
    assertThat(index(plain, "/sub-app/", "X-Forwarded-Prefix", "/weft")).contains("<base href=\"/sub-app/\">");
  }

  // ------------------------------------------------------------------ redirects

  @Test
  void aBarePathRedirectsUnderTheTrustedPrefix() {
    HttpResponse<Buffer> response = get(trusting, "/sub-app?x=1", "X-Forwarded-Prefix", "/weft");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.getHeader("Location")).isEqualTo("/weft/sub-app/?x=1");
  }

  @Test
  void anUntrustedOrBadPrefixDoesNotMoveTheRedirect() {
    assertThat(get(plain, "/sub-app", "X-Forwarded-Prefix", "/weft").getHeader("Location"))
        .isEqualTo("/sub-app/");
    assertThat(get(trusting, "/sub-app", "X-Forwarded-Prefix", "//evil.example").getHeader("Location"))
        .isEqualTo("/sub-app/");
  }

  // ------------------------------------------------------------------ the origin check

  @Test
  void theForwardedOriginIsTheSameOriginWhenTrusted() {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(trusting.url())
        .origin("https://app.example")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "app.example"))) {
      assertThat(client.find("main")).isNotNull();
    }
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(trusting.url())
        .origin("https://app.example:8443")
        .header("Forwarded", "proto=https;host=\"app.example:8443\""))) {
      assertThat(client.find("main")).isNotNull();
    }
  }

  @Test
  void behindATrustedProxyTheServersOwnAddressIsAForeignOrigin() {
    assertRefused(trusting, ConnectOptions.of(trusting.url())
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "app.example"));
  }

  @Test
  void forwardedHeadersCannotLureAnUntrustingServer() {
    assertRefused(plain, ConnectOptions.of(plain.url())
        .origin("https://app.example")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "app.example")
        .header("Forwarded", "proto=https;host=app.example"));
  }

  @Test
  void aForeignOriginIsRefusedEvenWhenTrusted() {
    assertRefused(trusting, ConnectOptions.of(trusting.url())
        .origin("https://evil.example")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "app.example"));
  }

  // ------------------------------------------------------------------ the client's address

  @Test
  void theAppSeesTheForwardedAddressWhenTrusted() throws Exception {
    assertThat(clientIpSeenBy(trusting, "X-Forwarded-For", "203.0.113.7, 10.0.0.2")).isEqualTo("203.0.113.7");
    assertThat(clientIpSeenBy(trusting, "Forwarded", "for=\"[2001:db8::1]:4711\";proto=http"))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void forwardedWinsOverXForwardedFor() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(trusting.url())
        .header("Forwarded", "for=198.51.100.1")
        .header("X-Forwarded-For", "203.0.113.7"))) {
      assertThat(next().clientIp()).isEqualTo("198.51.100.1");
    }
  }

  @Test
  void aSpoofedAddressIsIgnoredWhenNotTrusted() throws Exception {
    assertThat(clientIpSeenBy(plain, "X-Forwarded-For", "203.0.113.7")).isEqualTo("127.0.0.1");
    assertThat(clientIpSeenBy(plain, "Forwarded", "for=203.0.113.7")).isEqualTo("127.0.0.1");
  }

  @Test
  void anUnusableForwardedAddressFallsBackToThePeer() throws Exception {
    assertThat(clientIpSeenBy(trusting, "X-Forwarded-For", "unknown")).isEqualTo("127.0.0.1");
    assertThat(clientIpSeenBy(trusting, "X-Forwarded-For", "evil.example")).isEqualTo("127.0.0.1");
  }

  // ------------------------------------------------------------------ helpers

  private String clientIpSeenBy(ItServer server, String header, String value) throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).header(header, value))) {
      return next().clientIp();
    }
  }

  private ClientInfo next() throws InterruptedException {
    ClientInfo info = seen.poll(10, TimeUnit.SECONDS);
    assertThat(info).as("the app's main ran").isNotNull();
    return info;
  }

  private String index(ItServer server, String path, String... headers) {
    HttpResponse<Buffer> response = get(server, path, headers);
    assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
    return response.bodyAsString();
  }

  private HttpResponse<Buffer> get(ItServer server, String path, String... headers) {
    HttpRequest<Buffer> request = web.getAbs(server.url(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.putHeader(headers[i], headers[i + 1]);
    }
    return ItServer.await(request.send());
  }

  private static void assertRefused(ItServer server, ConnectOptions options) {
    assertThatThrownBy(() -> WeftTestClient.connect(options))
        .isInstanceOfSatisfying(ConnectFailedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }
}
