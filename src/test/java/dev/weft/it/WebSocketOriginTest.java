package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket endpoint accepts a browser only from the page's own origin (scheme plus Host),
 * and programs that send no Origin; it answers a plain GET with 426; each mount has its own.
 */
class WebSocketOriginTest {

  private final CountDownLatch disconnected = new CountDownLatch(1);
  private ItServer server;

  @BeforeEach
  void start() {
    App main = page -> {
      page.onDisconnect(disconnected::countDown);
      page.add(new Text("main app"));
    };
    App sub = page -> page.add(new Text("sub app"));
    server = ItServer.start(Map.of("/", main, "/sub-app/", sub));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theSameOriginIsUpgraded() {
    ConnectOptions options = ConnectOptions.of(server.url());
    assertThat(options.originHeader()).isEqualTo("http://localhost:" + server.port);
    try (WeftTestClient client = WeftTestClient.connect(options)) {
      assertThat(client.find("main app")).isNotNull();
    }
  }

  @Test
  void aForeignOriginIsRefusedWith403() {
    assertRefused("https://evil.example");
  }

  @Test
  void theSameHostOnAnotherPortIsAForeignOrigin() {
    assertRefused("http://localhost:" + (server.port == 65_535 ? 1 : server.port + 1));
  }

  @Test
  void theSameHostOverAnotherSchemeIsAForeignOrigin() {
    assertRefused("https://localhost:" + server.port);
  }

  @Test
  void noOriginIsAccepted() {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).origin(null))) {
      assertThat(client.find("main app")).isNotNull();
    }
  }

  @Test
  void aPlainGetWithoutUpgradeIsAnswered426() {
    WebClient web = WebClient.create(server.vertx);
    try {
      HttpResponse<Buffer> response = ItServer.await(web.getAbs(server.url("/ws")).send());
      assertThat(response.statusCode()).isEqualTo(426);
      assertThat(response.getHeader("Upgrade")).isEqualToIgnoringCase("websocket");
      HttpResponse<Buffer> sub = ItServer.await(web.getAbs(server.url("/sub-app/ws")).send());
      assertThat(sub.statusCode()).isEqualTo(426);
    } finally {
      web.close();
    }
  }

  @Test
  void aSubAppHasItsOwnWebSocketUnderItsMount() {
    try (WeftTestClient sub = WeftTestClient.connect(server.url("/sub-app/"));
         WeftTestClient main = WeftTestClient.connect(server.url())) {
      assertThat(sub.find("sub app")).isNotNull();
      assertThat(sub.hasText("main app")).isFalse();
      assertThat(main.hasText("sub app")).isFalse();
    }
  }

  @Test
  void aSubAppWithoutTrailingSlashConnectsToTheSameSocket() {
    try (WeftTestClient sub = WeftTestClient.connect(server.url("/sub-app"))) {
      assertThat(sub.find("sub app")).isNotNull();
    }
  }

  @Test
  void aSessionOfOneAppCannotBeResumedInAnother() throws InterruptedException {
    String token;
    try (WeftTestClient main = WeftTestClient.connect(server.url())) {
      token = main.sessionToken();
    }
    assertThat(disconnected.await(10, TimeUnit.SECONDS)).as("the session saw its socket go").isTrue();
    try (RawClient sub = RawClient.connect(server.port, "/sub-app/")) {
      sub.register(2, token, 1);
      assertThat(sub.awaitClose(java.time.Duration.ofSeconds(10))).as("not this app's session").isEqualTo(4002);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    try (WeftTestClient main = WeftTestClient.connect(ConnectOptions.of(server.url()).session(token))) {
      assertThat(main.sessionToken()).as("still there for its own app").isEqualTo(token);
    }
  }

  private void assertRefused(String origin) {
    assertThatThrownBy(() -> WeftTestClient.connect(ConnectOptions.of(server.url()).origin(origin)))
        .isInstanceOfSatisfying(ConnectFailedException.class,
            e -> assertThat(e.status()).isEqualTo(403));
  }
}
