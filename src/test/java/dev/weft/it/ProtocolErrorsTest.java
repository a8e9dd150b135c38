package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.ProtocolError;
import dev.weft.testing.CloseStatus;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad client input gets an {@code error} with the right code and {@code ref}, and the session
 * goes on: after each refusal a click still works. Only sustained abuse or a frame over the hard
 * limit closes the socket.
 */
class ProtocolErrorsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  /** The smallest ws.maxFrameSize allowed: the hard limit is four times it. */
  private static final int MAX_FRAME = 1024;

  private final AtomicInteger clicks = new AtomicInteger();
  private ItServer server;

  private App app() {
    return page -> {
      Text count = new Text("0").key("count");
      page.add(new Text("static").key("static"), count,
          new Button("+1", e -> count.value(String.valueOf(clicks.incrementAndGet()))));
    };
  }

  @BeforeEach
  void start() {
    server = ItServer.start(ItServer.config("ws.maxFrameSize", MAX_FRAME), Map.of("/", app()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void malformedJsonGetsBadJsonWithoutRef() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.send("{\"type\":\"event\",");
      assertError(client, "bad_json", null);
      assertSessionGoesOn(client);
    }
  }

  @Test
  void anUnknownMessageTypeGetsUnknownTypeWithItsSeqAsRef() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.nextSeq();
      client.send("{\"type\":\"explode\",\"seq\":" + seq + "}");
      assertError(client, "unknown_type", seq);
      assertSessionGoesOn(client);
    }
  }

  @Test
  void missingOrIllTypedFieldsGetBadMessage() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      int button = client.find("+1").id();

      long seq = client.nextSeq();
      client.send("{\"type\":\"event\",\"seq\":" + seq + ",\"name\":\"click\"}"); // no target
      assertError(client, "bad_message", seq);

      seq = client.nextSeq();
      client.send("{\"type\":\"event\",\"seq\":" + seq + ",\"target\":\"" + button
          + "\",\"name\":\"click\"}"); // target is a string
      assertError(client, "bad_message", seq);

      seq = client.nextSeq();
      client.send("{\"type\":\"event\",\"seq\":" + seq + ",\"target\":" + button + "}"); // no name
      assertError(client, "bad_message", seq);

      seq = client.nextSeq();
      client.send("{\"type\":\"event\",\"seq\":" + seq + ",\"target\":" + button
          + ",\"name\":\"click\",\"data\":{\"x\":1}}"); // data is an object
      assertError(client, "bad_message", seq);

      seq = client.nextSeq();
      client.send("{\"seq\":" + seq + ",\"target\":" + button + ",\"name\":\"click\"}"); // no type
      assertError(client, "bad_message", seq);

      client.send("{\"type\":\"event\",\"target\":" + button + ",\"name\":\"click\"}"); // no seq
      assertError(client, "bad_message", null);

      client.send("{\"type\":\"event\",\"seq\":\"7\",\"target\":" + button
          + ",\"name\":\"click\"}"); // seq is a string
      assertError(client, "bad_message", null);

      client.send("[1,2,3]"); // not an object
      assertError(client, "bad_message", null);

      assertThat(clicks.get()).isZero();
      assertSessionGoesOn(client);
    }
  }

  @Test
  void anEventForAnUnknownControlGetsUnknownControl() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.sendEvent(987_654, "click", null);
      assertError(client, "unknown_control", seq);
      assertSessionGoesOn(client);
    }
  }

  @Test
  void anEventTheControlDoesNotListenToGetsUnknownEvent() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.sendEvent(client.findByKey("static").id(), "click", null);
      assertError(client, "unknown_event", seq);
      seq = client.sendEvent(client.find("+1").id(), "submit", "x");
      assertError(client, "unknown_event", seq);
      seq = client.sendEvent(client.find("+1").id(), "explode", null);
      assertError(client, "unknown_event", seq);
      assertThat(clicks.get()).isZero();
      assertSessionGoesOn(client);
    }
  }

  @Test
  void aFrameOverMaxFrameSizeButUnderFourTimesGetsFrameTooLarge() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.nextSeq();
      String frame = paddedEvent(seq, client.find("+1").id(), 2 * MAX_FRAME);
      client.send(frame);
      assertError(client, "frame_too_large", null);
      assertThat(clicks.get()).as("the oversize click was not handled").isZero();
      assertSessionGoesOn(client);
    }
  }

  @Test
  void aFrameOverFourTimesMaxFrameSizeClosesTheSocketWith1009() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.send(paddedEvent(client.nextSeq(), client.find("+1").id(), 4 * MAX_FRAME + 100));
      CloseStatus status = client.awaitClose(WAIT);
      assertThat(status.code()).isEqualTo(1009);
      assertThat(clicks.get()).isZero();
    }
  }

  @Test
  void aBinaryFrameGetsBadMessage() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.sendBinary(new byte[] {1, 2, 3});
      assertError(client, "bad_message", null);
      assertSessionGoesOn(client);
    }
  }

  @Test
  void anEventBeforeRegisterGetsNotRegisteredWithSeqZeroAndRegisterStillWorks() {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).register(false))) {
      long seq = client.sendEvent(1, "click", null);
      ProtocolError error = client.awaitProtocolError(WAIT);
      assertThat(error.code()).isEqualTo("not_registered");
      assertThat(error.seq()).isZero();
      assertThat(error.ref()).isEqualTo(seq);
      assertThat(client.tree().root()).as("no render without register").isNull();

      client.send("{\"type\":\"register\",\"seq\":" + client.nextSeq() + ",\"session\":null,"
          + "\"route\":\"/\",\"width\":800,\"height\":600,\"dark\":false}");
      client.awaitText("+1", WAIT);
      assertSessionGoesOn(client);
    }
  }

  @Test
  void aSecondRegisterGetsAlreadyRegistered() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      String session = client.sessionId();
      long seq = client.nextSeq();
      client.send("{\"type\":\"register\",\"seq\":" + seq + ",\"session\":null,\"route\":\"/\"}");
      assertError(client, "already_registered", seq);
      assertThat(client.sessionId()).isEqualTo(session);
      assertSessionGoesOn(client);
    }
  }

  @Test
  void aDuplicateSeqGetsDuplicateSeq() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long seq = client.click("+1");
      client.awaitText("1", WAIT);
      client.send(SessionLifecycleTest.event(seq, client.find("+1").id()));
      assertError(client, "duplicate_seq", seq);
      assertThat(clicks.get()).isEqualTo(1);
    }
  }

  @Test
  void tooManyErrorsWithinAMinuteCloseTheSocketWith1008() {
    try (ItServer strict = ItServer.start(ItServer.config("ws.maxErrors", 3), Map.of("/", app()));
         WeftTestClient client = WeftTestClient.connect(strict.url())) {
      client.send("{bad");
      assertError(client, "bad_json", null);
      client.send("{bad");
      assertError(client, "bad_json", null);
      assertThat(client.isOpen()).as("two errors are within the budget").isTrue();
      client.send("{bad");
      assertThat(client.awaitProtocolError(WAIT).code()).isEqualTo("too_many_errors");
      CloseStatus status = client.awaitClose(WAIT);
      assertThat(status.code()).isEqualTo(1008);
      client.assertNoFailures();
    }
  }

  @Test
  void repeatedErrorsBeforeRegisterCloseTheSocketWith1008() {
    try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(server.url()).register(false))) {
      for (int i = 0; i < 5; i++) {
        client.send("nonsense");
      }
      assertThat(client.awaitClose(WAIT).code()).isEqualTo(1008);
      assertThat(client.protocolErrors()).isNotEmpty().allMatch(e -> e.seq() == 0);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static void assertError(WeftTestClient client, String code, Long ref) {
    ProtocolError error = client.awaitProtocolError(WAIT);
    assertThat(error.code()).as("code of %s", error).isEqualTo(code);
    assertThat(error.ref()).as("ref of %s", error).isEqualTo(ref);
    assertThat(error.seq()).as("a session's error is numbered like every other message").isPositive();
    assertThat(error.message()).isNotBlank();
  }

  /** A click still runs its handler and comes back as a patch, in sequence. */
  private void assertSessionGoesOn(WeftTestClient client) {
    int before = clicks.get();
    client.click("+1");
    client.awaitText(String.valueOf(before + 1), WAIT);
    assertThat(client.isOpen()).isTrue();
    client.assertNoFailures();
  }

  /** A valid click event padded with a data string to at least {@code size} bytes. */
  private static String paddedEvent(long seq, int target, int size) {
    return "{\"type\":\"event\",\"seq\":" + seq + ",\"target\":" + target
        + ",\"name\":\"click\",\"data\":\"" + "x".repeat(size) + "\"}";
  }
}
