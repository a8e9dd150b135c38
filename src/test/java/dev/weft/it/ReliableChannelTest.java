package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The protocol's reliability edge cases, over a raw socket that does only what each test says:
 * the server acknowledges events (on its messages, or alone), applies each event once however
 * often it is resent, accepts events a browser kept across a re-attach, replays what the browser
 * missed when its buffer covers the gap, renders afresh when it does not, and refuses a session it
 * does not have with 4002 instead of silently starting a new one.
 */
@Tag("handlers")
class ReliableChannelTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  /** A counter with an async "+1" and a blocking "slow +1" (300 ms). */
  private static App counter() {
    return page -> {
      Text count = new Text("0").key("count");
      page.add(count,
          Button.async("+1", e -> {
            count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
            return null;
          }),
          new Button("slow +1", e -> {
            Thread.sleep(300);
            count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
          }));
    };
  }

  /** A session just registered: its render, and the ids of its controls. */
  private record Opened(RawClient client, JsonObject render, String session, int plus, int slow,
                        int count) {
  }

  private static Opened open(ItServer server) throws Exception {
    RawClient client = RawClient.connect(server.port, "/");
    client.register(1, null, 0);
    JsonObject render = client.await("render", WAIT);
    JsonObject root = render.getJsonObject("root");
    return new Opened(client, render, render.getString("session"),
        RawClient.find(root, "text", "+1"), RawClient.find(root, "text", "slow +1"),
        RawClient.find(root, "key", "count"));
  }

  private static String countIn(JsonObject patch) {
    for (Object op : patch.getJsonArray("ops")) {
      JsonObject props = ((JsonObject) op).getJsonObject("props");
      if (props != null && props.containsKey("value")) {
        return props.getString("value");
      }
    }
    return null;
  }

  @Test
  void anEventIsAcknowledgedOnThePatchItCaused() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      try (RawClient client = s.client()) {
        assertThat(s.render().getLong("ack")).isEqualTo(1);
        assertThat(s.render().getInteger("heartbeat")).isEqualTo(20);
        client.click(2, s.plus());
        JsonObject first = client.next(WAIT);
        assertThat(first.getString("type")).as("no standalone ack before the patch").isEqualTo("patch");
        assertThat(first.getLong("ack")).isEqualTo(2);
        assertThat(countIn(first)).isEqualTo("1");
      }
    }
  }

  @Test
  void anEventWhoseBlockingHandlerStillRunsIsAcknowledgedAtOnce() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      try (RawClient client = s.client()) {
        client.click(2, s.slow());
        JsonObject first = client.next(WAIT);
        assertThat(first.encode()).isEqualTo("{\"type\":\"ack\",\"ack\":2}");
        JsonObject patch = client.await("patch", WAIT);
        assertThat(countIn(patch)).isEqualTo("1");
      }
    }
  }

  @Test
  void anEventReceivedWhoseAckWasLostIsAppliedOnceWhenResent() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      s.client().click(2, s.plus());
      s.client().await("patch", WAIT); // the server applied it; the browser never saw this
      s.client().close();

      try (RawClient again = RawClient.connect(server.port, "/")) {
        again.register(3, s.session(), 1); // it applied only the render
        JsonObject resume = again.await("resume", WAIT);
        assertThat(resume.getLong("ack")).as("the click was accepted").isEqualTo(2);
        JsonObject replayed = again.await("patch", WAIT);
        assertThat(replayed.getLong("seq")).as("the missed patch, as first sent").isEqualTo(2);
        assertThat(countIn(replayed)).isEqualTo("1");

        again.click(2, s.plus()); // a careless client resends it anyway
        JsonObject answer = again.await("error", WAIT);
        assertThat(answer.getString("code")).isEqualTo("duplicate_seq");
        again.click(4, s.plus());
        assertThat(countIn(again.await("patch", WAIT))).as("applied once, then the next").isEqualTo("2");
      }
    }
  }

  @Test
  void eventsKeptAcrossAReattachAreAcceptedAfterItsRegister() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      s.client().close(); // the network went down; the user clicked twice meanwhile (seq 2, 3)

      try (RawClient again = RawClient.connect(server.port, "/")) {
        again.register(4, s.session(), 1);
        assertThat(again.await("resume", WAIT).getLong("ack")).isEqualTo(1);
        again.click(2, s.plus());
        again.click(3, s.plus());
        assertThat(countIn(again.await("patch", WAIT))).isEqualTo("1");
        JsonObject second = again.await("patch", WAIT);
        assertThat(countIn(second)).isEqualTo("2");
        assertThat(second.getLong("ack")).isEqualTo(3);
        again.click(5, s.plus());
        assertThat(countIn(again.await("patch", WAIT))).isEqualTo("3");
      }
    }
  }

  @Test
  void whatChangedWhileTheBrowserWasAwayIsReplayedNotRerendered() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      s.client().click(2, s.slow());
      s.client().await("ack", WAIT);
      s.client().close(); // gone while the handler sleeps: its patch is made with nobody attached
      Thread.sleep(600);

      try (RawClient again = RawClient.connect(server.port, "/")) {
        again.register(3, s.session(), 1);
        again.await("resume", WAIT);
        JsonObject replayed = again.await("patch", WAIT);
        assertThat(replayed.getLong("seq")).isEqualTo(2);
        assertThat(countIn(replayed)).isEqualTo("1");
        assertThat(again.next(Duration.ofMillis(300))).as("nothing else: no render").isNull();
      }
    }
  }

  @Test
  void aGapLargerThanTheReplayBufferGetsAFreshRender() throws Exception {
    try (ItServer server = ItServer.start(ItServer.config("session.replayBufferBytes", 300),
        Map.of("/", counter()))) {
      Opened s = open(server);
      List<JsonObject> patches = new ArrayList<>();
      for (int seq = 2; seq <= 11; seq++) {
        s.client().click(seq, s.plus());
        patches.add(s.client().await("patch", WAIT));
      }
      s.client().close(); // it never acknowledged them: ten patches of ~75 bytes, 300 kept

      try (RawClient again = RawClient.connect(server.port, "/")) {
        again.register(12, s.session(), 1);
        JsonObject render = again.await(f -> !"ack".equals(f.getString("type")), WAIT, "answer");
        assertThat(render.getString("type")).isEqualTo("render");
        assertThat(render.getLong("seq")).as("a new render, after the last patch").isEqualTo(12);
        assertThat(render.getLong("ack")).isEqualTo(11);
        assertThat(RawClient.find(render.getJsonObject("root"), "value", "10")).isEqualTo(s.count());
      }
      try (RawClient third = RawClient.connect(server.port, "/")) {
        third.register(13, s.session(), 12); // caught up with the render: nothing to replay
        assertThat(third.await("resume", WAIT).getLong("ack")).isEqualTo(11);
        assertThat(third.next(Duration.ofMillis(300))).isNull();
      }
    }
  }

  @Test
  void acknowledgedMessagesAreNotKeptForReplay() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      for (int seq = 2; seq <= 4; seq++) {
        s.client().click(seq, s.plus());
        s.client().await("patch", WAIT);
      }
      s.client().send(new JsonObject().put("type", "ack").put("ack", 4));
      s.client().send(new JsonObject().put("type", "ping"));
      s.client().await("pong", WAIT); // the ack was taken before the ping was answered
      s.client().close();
      try (RawClient again = RawClient.connect(server.port, "/")) {
        again.register(5, s.session(), 2); // claims less than it acknowledged: cannot be replayed
        assertThat(again.await(f -> !"ack".equals(f.getString("type")), WAIT, "answer")
            .getString("type")).isEqualTo("render");
      }
    }
  }

  @Test
  void anAckAboveWhatTheServerSentIsAProtocolError() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()))) {
      Opened s = open(server);
      try (RawClient client = s.client()) {
        client.send(new JsonObject().put("type", "ack").put("ack", 99));
        JsonObject error = client.await("error", WAIT);
        assertThat(error.getString("code")).isEqualTo("bad_message");
        assertThat(error.getString("message")).contains("ack 99");
      }
    }
  }

  @Test
  void anUnknownSessionIsRefusedWith4002NotReplacedSilently() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", counter()));
         RawClient client = RawClient.connect(server.port, "/")) {
      client.register(1, "AAAAAAAAAAAAAAAAAAAAAAAA", 3);
      assertThat(client.awaitClose(WAIT)).isEqualTo(4002);
      assertThat(server.weft().liveSessions()).as("no session was opened").isZero();
    }
  }

  @Test
  void anExpiredSessionIsRefusedWith4002() throws Exception {
    try (ItServer server = ItServer.start(ItServer.config("session.timeoutSeconds", 1),
        Map.of("/", counter()))) {
      Opened s = open(server);
      s.client().close();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (server.weft().liveSessions() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(server.weft().liveSessions()).as("expired").isZero();
      try (RawClient again = RawClient.connect(server.port, "/")) {
        again.register(2, s.session(), 1);
        assertThat(again.awaitClose(WAIT)).isEqualTo(4002);
      }
    }
  }
}
