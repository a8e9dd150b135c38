package dev.weft.it;

import static dev.weft.CounterClicks.clickTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A browser that reconnects gets its session back (state kept, resumed without a render when it
 * missed nothing; a new client taking it over gets a full render), even while the
 * server still holds its old connection, which is closed with 4001.
 */
class ReconnectTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final AtomicInteger sessionsStarted = new AtomicInteger();
  private final AtomicInteger closeHooks = new AtomicInteger();
  private final AtomicInteger disconnectHooks = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);
  /** Clients a test closes itself midway; closed again (harmlessly) after it, should it fail. */
  private final List<WeftTestClient> tracked = new ArrayList<>();

  @AfterEach
  void closeClients() {
    tracked.forEach(WeftTestClient::close);
  }

  private WeftTestClient track(WeftTestClient client) {
    tracked.add(client);
    return client;
  }

  /** A per-session counter: each session's state lives in its page. */
  private App counter() {
    return page -> {
      sessionsStarted.incrementAndGet();
      page.onDisconnect(disconnectHooks::incrementAndGet);
      page.onClose(() -> {
        closeHooks.incrementAndGet();
        closed.countDown();
      });
      Text count = new Text("0").key("count");
      page.add(count, Button.async("+1", e -> {
        // async: on the session's event loop, one click after the other; blocking handlers of
        // one session run at the same time, and two of them would both read the same count
        count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
        return null;
      }));
    };
  }

  @Test
  void reconnectingAfterTheSocketClosedKeepsTheSessionAndResumesItWithoutARender() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      String session = client.sessionToken();
      clickTo(client, 3, WAIT);
      int before = client.messages().size();

      client.reconnect();

      assertThat(client.sessionToken()).isEqualTo(session);
      assertThat(client.lastResume()).as("the client had applied everything: nothing to replay")
          .hasValueSatisfying(r -> assertThat(r.session()).isEqualTo(session));
      List<ServerMessage> after = client.messages().subList(before, client.messages().size());
      assertThat(after).noneMatch(m -> m instanceof Render);
      assertThat(client.findByKey("count").prop("value")).isEqualTo("3");
      clickTo(client, 4, WAIT); // events after the re-attach are handled: seq kept counting
      assertThat(sessionsStarted.get()).isEqualTo(1);
      assertThat(disconnectHooks.get()).isEqualTo(1);
      assertThat(closeHooks.get()).isZero();
      assertThat(client.protocolErrors()).isEmpty();
      client.assertNoFailures();
    }
  }

  @Test
  void aNewConnectionRegisteringWithAClosedConnectionsSessionIdTakesItOver() {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      WeftTestClient first = track(WeftTestClient.connect(server.url()));
      clickTo(first, 2, WAIT);
      ConnectOptions resume = ConnectOptions.of(server.url()).resuming(first);
      first.close();
      awaitDisconnects(1); // "after the first closed": closed for the server too
      try (WeftTestClient second = WeftTestClient.connect(resume)) {
        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(second.messages().get(0)).isInstanceOf(Render.class);
        assertThat(second.findByKey("count").prop("value")).isEqualTo("2");
        clickTo(second, 3, WAIT);
        assertThat(sessionsStarted.get()).isEqualTo(1);
      }
    }
  }

  @Test
  void anEventResentAfterAReconnectIsNotHandledTwice() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      int button = client.find("+1").id();
      long seq = client.click("+1");
      client.awaitText("1", WAIT);
      client.reconnect();
      client.send(SessionLifecycleTest.event(seq, button)); // the browser resends what it was unsure of
      assertThat(client.awaitProtocolError(WAIT).code()).isEqualTo("duplicate_seq");
      assertThat(client.findByKey("count").prop("value")).isEqualTo("1");
    }
  }

  @Test
  void aConnectionPresentingALiveSessionsIdTakesItOverAndTheOldOneIsClosedWith4001() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient original = WeftTestClient.connect(server.url())) {
      clickTo(original, 2, WAIT);
      // the same page coming back over a new socket while the server still holds the old one
      try (WeftTestClient comeback = WeftTestClient.connect(
          ConnectOptions.of(server.url()).resuming(original))) {
        assertThat(comeback.sessionId()).isEqualTo(original.sessionId());
        assertThat(comeback.findByKey("count").prop("value")).as("the live page").isEqualTo("2");
        assertThat(original.awaitClose(WAIT).code()).isEqualTo(4001);
        clickTo(comeback, 3, WAIT);
        assertThat(sessionsStarted.get()).isEqualTo(1);
        comeback.assertNoFailures();
      }
    }
  }

  // An expired or unknown session is refused with 4002: see ReliableChannelTest.

  private void awaitDisconnects(int n) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (disconnectHooks.get() < n) {
      assertThat(System.nanoTime()).as("the session saw its socket close").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
