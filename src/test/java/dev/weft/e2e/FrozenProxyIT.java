package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.weft.chaos.ChaosProxy;
import dev.weft.server.WeftConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A proxy that stops forwarding without closing anything (issue 8, "dead peers"): with
 * {@code ws.pingIntervalSeconds} 1, the server lets go of the frozen connection (the session's
 * disconnect hook runs) and the page gives up on it and reconnects (a new connection through the
 * proxy, which lets new connections pass), each within two ping intervals plus slack; then the
 * page works as before, and still does once the old connection thaws.
 */
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
      page.waitForTimeout(500); // the page's ack goes out: nothing is in flight when the proxy freezes

      int disconnectsBefore = counter.disconnects().size();
      int connectionsBefore = proxy.connections();
      long frozenAt = System.nanoTime();
      assertThat(proxy.freeze()).as("connections frozen").isGreaterThanOrEqualTo(1);

      long[] noticed = awaitBoth(() -> counter.disconnects().size() > disconnectsBefore,
          () -> proxy.connections() > connectionsBefore);
      long serverNoticed = noticed[0];
      long browserReconnected = noticed[1];
      Path transcript = counter.saveTranscript("frozen-proxy", List.of());
      long serverMs = serverNoticed < 0 ? -1 : (serverNoticed - frozenAt) / 1_000_000;
      long browserMs = browserReconnected < 0 ? -1 : (browserReconnected - frozenAt) / 1_000_000;
      System.out.printf("frozen-proxy: ping=%ds server-detached-after=%d ms browser-reconnected-after=%d ms"
              + " limit=%d ms jdk=%s transcript %s%n",
          PING_INTERVAL.toSeconds(), serverMs, browserMs, LIMIT.toMillis(), System.getProperty("java.version"),
          transcript);

      assertThat(serverMs).as("the server let go of the frozen connection (ms after the freeze)")
          .isBetween(0L, LIMIT.toMillis());
      assertThat(browserMs).as("the page reconnected through a new connection (ms after the freeze)")
          .isBetween(0L, LIMIT.toMillis());

      plus.click();
      assertThat(count).hasText("2");
      assertThat(counter.serverCount()).isEqualTo("2");

      proxy.thaw(); // what the old connection held now arrives: it must not disturb the page
      page.waitForTimeout(500);
      plus.click();
      assertThat(count).hasText("3");
      page.waitForTimeout(500);
      assertThat(count).hasText("3");
      assertThat(counter.serverCount()).isEqualTo("3");
      assertThat(counter.sessions()).as("one session all along").isEqualTo(1);
      watch.assertClean(PageWatch::isWebSocketConnectFailure);
    }
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
