package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.weft.chaos.ChaosProxy;
import dev.weft.server.WeftConfig;
import dev.weft.session.SessionToken;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A proxy that stops forwarding without closing anything (issue 8, "dead peers"), with
 * {@code ws.pingIntervalSeconds} 1. The server must let go of a frozen connection within two ping
 * intervals (plus slack): a raw WebSocket client's session, which will never reconnect, shows when
 * (its disconnect hook runs; after the thaw the client finds the 4004 the server sent). The page
 * must give up on its frozen connection and reconnect through a new one (the proxy lets new
 * connections pass) within two intervals too; it works as before, and still does once the old
 * connection thaws.
 */
// asserts on time (see its limits): failsafe runs it alone, with nothing beside it (pom.xml, "serial")
@Tag("serial")
class FrozenProxyIT extends BrowserBase {

  private static final Duration PING_INTERVAL = Duration.ofSeconds(1);
  /** Detection may start up to an interval late (the checks run once an interval), and hooks and polling take a moment. */
  private static final Duration SLACK = Duration.ofSeconds(2);
  private static final Duration LIMIT = PING_INTERVAL.multipliedBy(2).plus(SLACK);
  private static final Duration GIVE_UP = Duration.ofSeconds(15);

  @Test
  void bothSidesNoticeAProxyThatStopsForwardingWithinTwoPingIntervals() throws Exception {
    WeftConfig config = WeftConfig.defaults().with("ws.pingIntervalSeconds", (int) PING_INTERVAL.toSeconds());
    try (ProxiedCounter counter = ProxiedCounter.start(server.vertx, config)) {
      ChaosProxy proxy = counter.proxy;
      page.navigate(counter.url());
      Locator count = byKey(page, "count");
      Locator plus = byKey(page, "plus");
      plus.click();
      assertThat(count).hasText("1");

      CompletableFuture<String> rawSession = new CompletableFuture<>();
      CompletableFuture<Integer> rawClosedWith = new CompletableFuture<>();
      WebSocket raw = openRawSession(proxy, rawSession, rawClosedWith);
      String rawId = rawSession.get(10, TimeUnit.SECONDS);
      page.waitForTimeout(500); // acks go out: nothing is in flight when the proxy freezes

      int connectionsBefore = proxy.connections();
      long frozenAt = System.nanoTime();
      assertThat(proxy.freeze()).as("connections frozen").isGreaterThanOrEqualTo(2);

      long[] noticed = awaitBoth(() -> !counter.disconnects(rawId).isEmpty(),
          () -> proxy.connections() > connectionsBefore);
      long serverMs = noticed[0] < 0 ? -1 : (noticed[0] - frozenAt) / 1_000_000;
      long browserMs = noticed[1] < 0 ? -1 : (noticed[1] - frozenAt) / 1_000_000;

      plus.click();
      assertThat(count).hasText("2");
      assertThat(counter.serverCount()).isEqualTo("2");

      proxy.thaw(); // what the old connections held now arrives: it must not disturb the page
      Integer rawCode = null;
      try {
        rawCode = rawClosedWith.get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        raw.close();
      }
      Path transcript = counter.saveTranscript("frozen-proxy", List.of());
      System.out.printf("frozen-proxy: ping=%ds server-detached-after=%d ms browser-reconnected-after=%d ms"
              + " limit=%d ms raw-close-code=%s jdk=%s transcript %s%n",
          PING_INTERVAL.toSeconds(), serverMs, browserMs, LIMIT.toMillis(), rawCode,
          System.getProperty("java.version"), transcript);

      assertThat(serverMs).as("the server let go of the frozen raw connection (ms after the freeze)")
          .isBetween(0L, LIMIT.toMillis());
      assertThat(rawCode).as("what the server closed the frozen raw connection with").isEqualTo(4004);
      assertThat(browserMs).as("the page reconnected through a new connection (ms after the freeze)")
          .isBetween(0L, LIMIT.toMillis());

      plus.click();
      assertThat(count).hasText("3");
      page.waitForTimeout(500);
      assertThat(count).hasText("3");
      assertThat(counter.serverCount()).isEqualTo("3");
      watch.assertClean(PageWatch::isWebSocketConnectFailure);
    }
  }

  /**
   * A session of a program's own through the proxy: registers, reports its id once the render
   * comes, and the close code when the socket closes. Vert.x answers the server's pings by itself
   * (while the proxy lets them through).
   */
  private WebSocket openRawSession(ChaosProxy proxy, CompletableFuture<String> session,
      CompletableFuture<Integer> closedWith) throws Exception {
    WebSocket socket = E2eServer.await(server.vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
        .setHost("127.0.0.1").setPort(proxy.port()).setURI("/counter/ws")));
    socket.textMessageHandler(text -> {
      JsonObject message = new JsonObject(text);
      if ("render".equals(message.getString("type"))) {
        session.complete(SessionToken.parse(message.getString("session")).id()); // the id in its token
      }
    });
    socket.closeHandler(v -> closedWith.complete(socket.closeStatusCode() == null ? -1 : (int) socket.closeStatusCode()));
    socket.writeTextMessage(new JsonObject().put("type", "register").put("seq", 1).putNull("session")
        .put("ack", 0).put("route", "/").put("width", 800).put("height", 600).put("dark", false).encode());
    return socket;
  }

  /**
   * Polls both conditions together (the page's clock keeps Playwright's events flowing) until both
   * hold; returns when each first held, or -1 for one that did not within {@link #GIVE_UP}.
   */
  private long[] awaitBoth(BooleanSupplier first, BooleanSupplier second) {
    long[] when = {-1, -1};
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while ((when[0] < 0 || when[1] < 0) && System.nanoTime() - deadline < 0) {
      long now = System.nanoTime();
      if (when[0] < 0 && first.getAsBoolean()) {
        when[0] = now;
      }
      if (when[1] < 0 && second.getAsBoolean()) {
        when[1] = now;
      }
      page.waitForTimeout(20);
    }
    return when;
  }
}
