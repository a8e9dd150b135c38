package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Pong;
import dev.weft.protocol.Render;
import dev.weft.testing.CloseStatus;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The test client as the browser's half of the reliable session: it keeps events until the
 * server acknowledges them, resends them after a re-attach, takes a resume and its replay or a
 * render, acknowledges what it applied, and reports a session the server no longer has as 4002.
 */
class WeftTestClientAcksTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String BIG = "x".repeat(2_000);

  /** Events the server handled, counted on the server's side (the client may not know yet). */
  private final AtomicInteger handled = new AtomicInteger();

  /** A counter with an async "+1" (serialised on the session) and a "big" change. */
  private App counter() {
    return page -> {
      Text count = new Text("0").key("count");
      page.add(count,
          Button.async("+1", e -> {
            count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
            handled.incrementAndGet();
            return null;
          }),
          Button.async("big", e -> {
            count.value(BIG);
            handled.incrementAndGet();
            return null;
          }));
    };
  }

  @Test
  void anEventWhoseAckWasCutOffIsAppliedOnceAndItsPatchReplayed() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.click("+1");
      awaitOnServer(() -> handled.get() == 1);
      client.disconnect(); // the patch and its ack, if already here, were never applied

      client.reconnect();

      assertThat(client.lastResume()).hasValueSatisfying(r -> assertThat(r.ack()).isEqualTo(seq));
      client.awaitText("1", WAIT);
      assertThat(client.messages()).filteredOn(m -> m instanceof Patch)
          .extracting(m -> m.seq()).containsExactly(2L);
      assertThat(client.unacknowledged()).isEmpty();
      assertThat(client.serverAck()).isEqualTo(seq);
      assertThat(client.protocolErrors()).as("nothing resent: the resume said it arrived").isEmpty();
      assertThat(handled.get()).isEqualTo(1);
      client.assertNoFailures();
    }
  }

  @Test
  void eventsRaisedWhileCutAreKeptAndSentInOrderAfterTheReconnect() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.disconnect();
      assertThat(client.isOpen()).isFalse();
      long a = client.click("+1");
      long b = client.click("+1");
      long c = client.click("+1");
      assertThat(client.unacknowledged()).extracting(ClientEvent::seq).containsExactly(a, b, c);

      client.reconnect();

      client.awaitText("3", WAIT);
      assertThat(client.unacknowledged()).isEmpty();
      assertThat(client.serverAck()).isEqualTo(c);
      assertThat(handled.get()).isEqualTo(3);
      assertThat(client.protocolErrors()).isEmpty();
      client.assertNoFailures();
    }
  }

  @Test
  void withoutAutomaticResendKeptEventsWaitForResend() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(
             ConnectOptions.of(server.url()).autoResend(false))) {
      client.disconnect();
      long seq = client.click("+1");
      client.reconnect();
      assertThat(client.lastResume()).isPresent();
      assertThat(client.unacknowledged()).extracting(ClientEvent::seq).containsExactly(seq);
      assertThat(client.findByKey("count").prop("value")).isEqualTo("0");

      assertThat(client.resend()).isEqualTo(1);

      client.awaitText("1", WAIT);
      assertThat(client.unacknowledged()).isEmpty();
      assertThat(client.resend()).as("nothing left to resend").isZero();
    }
  }

  @Test
  void aGapTheReplayBufferCannotCoverIsAnsweredWithARender() {
    try (ItServer server = ItServer.start(ItServer.config("session.replayBufferBytes", 1_024),
        Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click("big"); // its patch is larger than the whole buffer
      awaitOnServer(() -> handled.get() == 1);
      client.disconnect();

      client.reconnect();

      assertThat(client.lastResume()).isEmpty();
      assertThat(client.messages()).last().isInstanceOf(Render.class);
      assertThat(client.findByKey("count").prop("value")).isEqualTo(BIG);
      assertThat(client.unacknowledged()).isEmpty();
      client.assertNoFailures();
    }
  }

  @Test
  void aSessionTheServerNoLongerHasIsReportedAs4002() {
    try (ItServer server = ItServer.start(ItServer.config("session.timeoutSeconds", 1),
        Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.disconnect();
      awaitOnServer(() -> server.weft().liveSessions() == 0);

      assertThatThrownBy(client::reconnect)
          .isInstanceOfSatisfying(ConnectFailedException.class,
              e -> assertThat(e.closeStatus().code()).isEqualTo(CloseStatus.SESSION_UNKNOWN))
          .hasMessageContaining("4002").hasMessageContaining("expired");
      assertThat(client.closeStatus()).hasValueSatisfying(s -> assertThat(s.resumable()).isFalse());
      assertThatThrownBy(() -> client.click("+1")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("4002");
    }
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      assertThatThrownBy(() -> WeftTestClient.connect(
          ConnectOptions.of(server.url()).session("AAAAAAAAAAAAAAAAAAAAAAAA")))
          .isInstanceOfSatisfying(ConnectFailedException.class,
              e -> assertThat(e.closeStatus().code()).isEqualTo(4002));
    }
  }

  @Test
  void aPingIsAnsweredWithAPongOutsideTheSequence() {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      long before = client.lastSeq();
      client.sendPing();
      awaitOnServer(() -> client.controlMessages().stream().anyMatch(m -> m instanceof Pong));
      assertThat(client.lastSeq()).isEqualTo(before);
      assertThat(client.messages()).noneMatch(m -> m instanceof Pong);
    }
  }

  @Test
  void theClientAcknowledgesWhatItAppliedOnItsOwnAndOnItsEvents() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
      HttpServer fake = chattyServer(vertx, received);
      try (WeftTestClient client = WeftTestClient.connect(
          ConnectOptions.of("http://127.0.0.1:" + fake.actualPort() + "/"))) {
        client.awaitTree(t -> t.seq() == 41, WAIT); // a render and 40 patches: over 32 unacked
        client.click("go");
        List<JsonObject> frames = framesUntil(received, "event");
        assertThat(frames.get(frames.size() - 1).getLong("ack")).as("the event's ack").isEqualTo(41);
        List<Long> acks = frames.stream().filter(f -> "ack".equals(f.getString("type")))
            .map(f -> f.getLong("ack")).toList();
        assertThat(acks).as("standalone acks before the event").isNotEmpty().isSorted()
            .allMatch(ack -> ack >= 1 && ack <= 41);
        client.assertNoFailures();
      }
    } finally {
      ItServer.await(vertx.close());
    }
  }

  @Test
  void withoutAutomaticAcksOnlySendAckAcknowledges() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
      HttpServer fake = chattyServer(vertx, received);
      try (WeftTestClient client = WeftTestClient.connect(
          ConnectOptions.of("http://127.0.0.1:" + fake.actualPort() + "/").autoAck(false))) {
        client.awaitTree(t -> t.seq() == 41, WAIT);
        client.click("go");
        assertThat(client.sendAck()).isEqualTo(41);
        // frames arrive in order: had anything been acknowledged before, it would come first
        JsonObject event = received.poll(10, TimeUnit.SECONDS);
        assertThat(event.getString("type")).isEqualTo("event");
        assertThat(event.containsKey("ack")).as("an event carries no ack").isFalse();
        JsonObject ack = received.poll(10, TimeUnit.SECONDS);
        assertThat(ack).isEqualTo(new JsonObject().put("type", "ack").put("ack", 41));
      }
    } finally {
      ItServer.await(vertx.close());
    }
  }

  /**
   * A fake server that answers register with a render (a button "go") and 40 empty patches at
   * once, and queues every later frame it receives.
   */
  private static HttpServer chattyServer(Vertx vertx, BlockingQueue<JsonObject> received) {
    HttpServer fake = vertx.createHttpServer().webSocketHandler(ws -> ws.textMessageHandler(frame -> {
      JsonObject message = new JsonObject(frame);
      if (!"register".equals(message.getString("type"))) {
        received.add(message);
        return;
      }
      ws.writeTextMessage("{\"type\":\"render\",\"seq\":1,\"ack\":1,\"session\":\"AAAAAAAAAAAAAAAAAAAAAAAA\","
          + "\"heartbeat\":20,\"root\":{\"id\":0,\"type\":\"page\",\"children\":[{\"id\":1,"
          + "\"type\":\"button\",\"props\":{\"text\":\"go\",\"events\":[\"click\"]}}]}}");
      for (int seq = 2; seq <= 41; seq++) {
        ws.writeTextMessage("{\"type\":\"patch\",\"seq\":" + seq + ",\"ack\":1,\"ops\":[]}");
      }
    }));
    return ItServer.await(fake.listen(0, "127.0.0.1"));
  }

  /** The frames received up to and including the first of {@code type}. */
  private static List<JsonObject> framesUntil(BlockingQueue<JsonObject> received, String type)
      throws InterruptedException {
    List<JsonObject> frames = new ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject next = received.poll(100, TimeUnit.MILLISECONDS);
      if (next != null) {
        frames.add(next);
        if (type.equals(next.getString("type"))) {
          return frames;
        }
      }
    }
    throw new AssertionError("the fake server received no " + type + " within " + WAIT + ": " + frames);
  }

  /**
   * Polls a condition. The cut tests poll only the server's side, so the client applies nothing
   * meanwhile and what was in flight is still unapplied when they cut.
   */
  private static void awaitOnServer(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited for the server").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
