package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the app learns of its browser through {@code page.client()} and the page's route
 * accessors, sent over a real WebSocket: the address, the user agent, the upgrade request's
 * headers and cookies, the route and its query — and, after a reconnect, those of the new
 * connection (they travel to the session inside the attach notice, as JSON).
 */
class PageClientInfoTest {

  private final BlockingQueue<ClientInfo> atStart = new LinkedBlockingQueue<>();
  private final BlockingQueue<Page> pages = new LinkedBlockingQueue<>();
  private ItServer server;

  @BeforeEach
  void start() {
    App main = page -> {
      atStart.add(page.client());
      pages.add(page);
      page.add(new Text("route " + page.route()), new Text("path " + page.path()),
          new Text("query " + page.query()), new Text("tab " + page.queryParam("tab")),
          new Text("ip " + page.client().clientIp()), new Text("theme " + page.client().cookie("theme")));
    };
    server = ItServer.start(Map.of("/", main));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theAppSeesTheRouteAndItsQuery() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url())
        .route("/orders/7?tab=line+items&tab=2"))) {
      client.awaitText("route /orders/7?tab=line+items&tab=2", Duration.ofSeconds(5));
      client.awaitText("path /orders/7", Duration.ofSeconds(5));
      client.awaitText("query tab=line+items&tab=2", Duration.ofSeconds(5));
      client.awaitText("tab line items", Duration.ofSeconds(5));
      assertThat(next().queryParams()).containsEntry("tab", List.of("line items", "2"));
    }
  }

  @Test
  void theAppSeesTheAddressUserAgentHeadersAndCookies() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url())
        .header("User-Agent", "WeftTest/1.0 (like a browser)")
        .header("Accept-Language", "de-CH, en;q=0.5")
        .header("Cookie", "theme=dark; sid=\"s3cr3t\"")
        .header("X-Custom", "one")
        .header("X-Custom", "two"))) {
      client.awaitText("ip 127.0.0.1", Duration.ofSeconds(5));
      client.awaitText("theme dark", Duration.ofSeconds(5));
      ClientInfo info = next();
      assertThat(info.clientIp()).isEqualTo("127.0.0.1");
      assertThat(info.userAgent()).isEqualTo("WeftTest/1.0 (like a browser)");
      assertThat(info.header("accept-language")).isEqualTo("de-CH, en;q=0.5");
      assertThat(info.headers().all("x-custom")).containsExactly("one", "two");
      assertThat(info.headers().get("Origin")).isEqualTo("http://localhost:" + server.port);
      assertThat(info.cookies()).containsExactly(Map.entry("theme", "dark"), Map.entry("sid", "s3cr3t"));
    }
  }

  @Test
  void aReconnectBringsTheNewConnectionsInfo() throws Exception {
    WeftTestClient first = WeftTestClient.connect(ConnectOptions.of(server.url())
        .route("/a?tab=1").header("Cookie", "theme=dark").header("User-Agent", "First/1"));
    Page page;
    try (first) {
      assertThat(next().cookie("theme")).isEqualTo("dark");
      page = pages.poll(10, TimeUnit.SECONDS);
    }
    try (WeftTestClient second = WeftTestClient.connect(ConnectOptions.of(server.url())
        .resuming(first).route("/b?tab=2").header("Cookie", "theme=light").header("User-Agent", "Second/2"))) {
      assertThat(second.sessionId()).as("the same session, re-attached").isEqualTo(first.sessionId());
      ClientInfo info = page.client(); // replaced before the render the client waited for
      assertThat(info.route()).isEqualTo("/b?tab=2");
      assertThat(info.queryParam("tab")).isEqualTo("2");
      assertThat(info.cookie("theme")).isEqualTo("light");
      assertThat(info.userAgent()).isEqualTo("Second/2");
      assertThat(info.clientIp()).isEqualTo("127.0.0.1");
    }
    assertThat(atStart).as("main ran once: the second connection re-attached").isEmpty();
  }

  private ClientInfo next() throws InterruptedException {
    ClientInfo info = atStart.poll(10, TimeUnit.SECONDS);
    assertThat(info).as("the app's main ran").isNotNull();
    return info;
  }
}
