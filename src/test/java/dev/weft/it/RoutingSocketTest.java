package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.ErrorCode;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.AppBar;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.View;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing over a real WebSocket: {@code page.go} reaches the client as the page's {@code route}
 * property, the page's {@code route} event runs the route-change handler, a bad route is a
 * protocol error, and the app bar's back button pops the view.
 */
class RoutingSocketTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();
  private ItServer server;

  @BeforeEach
  void start() {
    App main = page -> {
      page.onRouteChange(e -> {
        changes.add(page.route());
        show(page);
      });
      show(page);
    };
    server = ItServer.start(Map.of("/", main));
  }

  private static void show(dev.weft.ui.Page page) {
    page.views().clear();
    page.views().add(new View("/", new Text("home at " + page.route()),
        new Button("go", e -> page.go("/settings"))).appBar(new AppBar("Home")));
    if (page.path().equals("/settings")) {
      page.views().add(new View("/settings", new Text("settings")).appBar(new AppBar("Settings")));
    }
    page.update();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Object route(WeftTestClient client) {
    return client.awaitTree(t -> true, WAIT).root().prop("route");
  }

  @Test
  void goSendsTheRouteAndTheRouteEventRunsTheHandler() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).route("/"))) {
      client.awaitText("home at /", WAIT);
      client.click("go");
      client.awaitText("settings", WAIT);
      client.awaitTree(t -> "/settings".equals(t.root().prop("route")), WAIT);
      assertThat(changes.poll(5, TimeUnit.SECONDS)).isEqualTo("/settings");

      client.sendEvent(0, "route", "/"); // the browser's back button
      client.awaitNoText("settings", WAIT);
      assertThat(changes.poll(5, TimeUnit.SECONDS)).isEqualTo("/");
      assertThat(route(client)).isEqualTo("/settings"); // the server does not push it back
    }
  }

  @Test
  void aDeepLinkStartsOnItsRouteAndTheBackButtonPops() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).route("/settings"))) {
      client.awaitText("settings", WAIT);
      var bars = client.findAll("appBar");
      assertThat(bars).hasSize(2);
      client.sendEvent(bars.get(1).id(), "back", null);
      client.awaitNoText("settings", WAIT);
      client.awaitTree(t -> "/".equals(t.root().prop("route")), WAIT);
      assertThat(changes.poll(5, TimeUnit.SECONDS)).isEqualTo("/");
    }
  }

  @Test
  void aBadRouteIsAProtocolError() {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).route("/"))) {
      client.awaitText("home at /", WAIT);
      client.sendEvent(0, "route", "settings");
      assertThat(client.awaitProtocolError(WAIT).code()).isEqualTo(ErrorCode.BAD_MESSAGE.wire());
      client.sendEvent(0, "route", 42);
      assertThat(client.awaitProtocolError(WAIT).code()).isEqualTo(ErrorCode.BAD_MESSAGE.wire());
    }
  }
}
