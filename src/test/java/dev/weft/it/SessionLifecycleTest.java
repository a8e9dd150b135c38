package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.AsyncApp;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolError;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.testing.ClientTree;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session's life over the real WebSocket: register, render, events, patches, sequence numbers. */
class SessionLifecycleTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final AtomicInteger clicks = new AtomicInteger();
  private ItServer server;

  @BeforeEach
  void start() {
    App counter = page -> {
      page.title("Counter");
      Text count = new Text("0").key("count");
      page.add(count, new Button("+1", e -> count.value(String.valueOf(clicks.incrementAndGet()))));
    };
    server = ItServer.start(Map.of("/", counter));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void registerIsAnsweredWithAFullRenderAndASessionTokenOfAnIdAndASecret() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      ServerMessage first = client.messages().get(0);
      assertThat(first).isInstanceOf(Render.class);
      Render render = (Render) first;
      assertThat(render.seq()).isEqualTo(1);
      assertThat(render.session()).as("a 144-bit id and a 192-bit secret, base64url")
          .matches("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{32}");
      assertThat(client.sessionToken()).isEqualTo(render.session());
      assertThat(client.sessionId()).isEqualTo(render.session().substring(0, 24));
      assertThat(render.root().type()).isEqualTo("page");
      assertThat(render.root().id()).isZero();
      assertThat(render.root().props()).containsEntry("title", "Counter");
      assertThat(client.find("0").prop("key")).isEqualTo("count");
      assertThat(client.find("+1").type()).isEqualTo("button");
      assertThat(client.find("+1").prop("events")).isEqualTo(List.of("click"));
    }
  }

  @Test
  void twoConnectionsGetTwoDifferentSessions() {
    try (WeftTestClient a = WeftTestClient.connect(server.url());
         WeftTestClient b = WeftTestClient.connect(server.url())) {
      assertThat(a.sessionId()).isNotEqualTo(b.sessionId());
    }
  }

  @Test
  void aClickIsAnsweredWithAPatchOfOnlyWhatChanged() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      ClientTree.Entry count = client.findByKey("count");
      long seq = client.click("+1");
      assertThat(seq).isEqualTo(2); // register was 1
      client.awaitText("1", WAIT);
      List<ServerMessage> messages = client.messages();
      assertThat(messages).hasSize(2);
      assertThat(messages.get(1)).isInstanceOf(Patch.class);
      Patch patch = (Patch) messages.get(1);
      assertThat(patch.seq()).isEqualTo(2);
      assertThat(patch.ops()).containsExactly(new Op.Set(count.id(), Map.of("value", "1")));
      client.assertNoFailures();
    }
  }

  @Test
  void serverSequenceNumbersCountUpByExactlyOneAcrossMessageKinds() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      for (int i = 1; i <= 5; i++) {
        client.click("+1");
        if (i == 3) {
          client.send("{broken"); // an error is a server message too, numbered in line
        }
        client.awaitText(String.valueOf(i), WAIT);
      }
      client.awaitProtocolError(WAIT);
      List<ServerMessage> messages = client.messages();
      assertThat(messages).hasSize(7); // render, 5 patches, 1 error
      assertThat(messages).filteredOn(m -> m instanceof ProtocolError).hasSize(1);
      for (int i = 0; i < messages.size(); i++) {
        assertThat(messages.get(i).seq()).as("seq of message %d", i).isEqualTo(i + 1L);
      }
      assertThat(client.lastSeq()).isEqualTo(7);
      client.assertNoFailures();
    }
  }

  @Test
  void anEventWhoseSeqIsNotAboveTheLastAcceptedIsRefusedAndNotHandled() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      int button = client.find("+1").id();
      long accepted = client.click("+1");
      client.awaitText("1", WAIT);

      client.send(event(accepted, button)); // a resend
      ProtocolError resend = client.awaitProtocolError(WAIT);
      assertThat(resend.code()).isEqualTo("duplicate_seq");
      assertThat(resend.ref()).isEqualTo(accepted);

      client.send(event(1, button)); // below
      ProtocolError below = client.awaitProtocolError(WAIT);
      assertThat(below.code()).isEqualTo("duplicate_seq");
      assertThat(below.ref()).isEqualTo(1L);

      long jump = accepted + 50; // increasing is enough: gaps are allowed
      client.send(event(jump, button));
      client.awaitText("2", WAIT);
      assertThat(clicks.get()).isEqualTo(2);
      assertThat(client.protocolErrors()).hasSize(2);
      client.assertNoFailures();
    }
  }

  @Test
  void anEventSentRightAfterTheFirstRenderOfAnAsyncAppIsHandled() {
    // An async main renders while its session is still deploying; the socket side must not
    // refuse the click that follows with not_registered. A race: many sessions make it show.
    AsyncApp app = page -> {
      Text count = new Text("0");
      page.add(count, Button.async("+1", e -> {
        count.value("1");
        return null;
      }));
      return null;
    };
    io.vertx.core.Vertx clients = io.vertx.core.Vertx.vertx();
    try (ItServer async = ItServer.start(Map.of("/", app))) {
      for (int i = 0; i < 150; i++) {
        try (WeftTestClient client = WeftTestClient.connect(clients, async.url())) {
          client.click("+1");
          client.awaitText("1", WAIT);
          assertThat(client.protocolErrors()).as("session %d", i).isEmpty();
        }
      }
    } finally {
      ItServer.await(clients.close());
    }
  }

  static String event(long seq, int target) {
    return "{\"type\":\"event\",\"seq\":" + seq + ",\"target\":" + target
        + ",\"name\":\"click\",\"data\":null}";
  }
}
