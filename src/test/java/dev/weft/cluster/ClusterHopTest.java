package dev.weft.cluster;

import static dev.weft.CounterClicks.clickTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.Counter;
import dev.weft.testing.WeftTestClient;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a click costs the cluster when its socket is on one instance (B) and its session on
 * another (A): the event crosses to the session, its patch crosses back, and a credit notice
 * returns every {@code SessionInbox.DONE_BATCH} (16) frames to the socket's flow control, as a
 * bare number (four bytes, where a JSON object is encoded and parsed again) — nothing else. A request per click, a reply, a consumer registered for one, a notice per frame would each
 * show here as a message on the wire, at a cost far above a frame's (issue 9's hop benchmark
 * counts microseconds per click). The demo counter's click runs on the event loop, so its patch
 * carries the acknowledgement and no standalone ack is sent.
 */
class ClusterHopTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  /**
   * More than the connection reads ahead of its credits ({@code Connection.MAX_AHEAD}, 256): were
   * the credits lost on the way back, reading would stop and the clicks with it.
   */
  private static final int CLICKS = 320;

  private static ClusterMembers cluster;
  private static Vertx clients;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = ClusterMembers.start(2);
    clients = Vertx.vertx();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (clients != null) {
      WeftInstance.await(clients.close());
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aClickThroughAnotherInstanceCrossesTheClusterTwicePlusACreditNoticePerSixteenFrames() {
    WeftInstance a = WeftInstance.start(cluster.get(0), Map.of("/", new Counter()));
    WeftInstance b = WeftInstance.start(cluster.get(1), Map.of("/", new Counter()));
    WeftTestClient client = WeftTestClient.connect(clients, a.url());
    try {
      clickTo(client, 2, WAIT);
      client.reconnect(b.url());
      assertThat(b.socketsRemote()).as("B's socket takes a hop to its session on A").isEqualTo(1.0);
      clickTo(client, 4, WAIT);
      List<String> fromA = sentBy(cluster.get(0));
      List<String> fromB = sentBy(cluster.get(1));

      clickTo(client, 4 + CLICKS, WAIT);

      // sends counted on the sending side, so each was written to the other instance once
      List<String> frames = fromA.stream().filter(m -> m.startsWith("weft.conn. String")).toList();
      List<String> notices = fromA.stream().filter(m -> m.startsWith("weft.conn. Integer")).toList();
      assertThat(frames).as("one patch per click back to the socket's instance").hasSize(CLICKS);
      assertThat(notices).as("a credit notice per 16 frames done, as a bare number: " + fromA)
          .hasSizeBetween(CLICKS / 16 - 1, CLICKS / 16 + 1);
      assertThat(fromA).as("nothing else from the session's instance: " + fromA)
          .hasSize(frames.size() + notices.size());
      assertThat(fromB).as("the clicks (and the client's acks) to the session, nothing else")
          .allMatch(m -> m.equals("weft.session. String"))
          .hasSizeBetween(CLICKS, CLICKS + CLICKS / 16);
      client.assertNoFailures();
    } finally {
      client.close();
      a.close();
      b.close();
    }
  }

  /**
   * The messages {@code member} sends from now on, as "address prefix, body type" (addresses
   * without their id: {@code weft.conn.}, {@code weft.session.}, {@code __vertx.}).
   */
  private static List<String> sentBy(Vertx member) {
    List<String> sent = new CopyOnWriteArrayList<>();
    member.eventBus().addOutboundInterceptor((DeliveryContext<Object> ctx) -> {
      String address = ctx.message().address();
      int second = address.indexOf('.', address.indexOf('.') + 1);
      Object body = ctx.body();
      sent.add(address.substring(0, second + 1) + " " + (body == null ? "null" : body.getClass().getSimpleName()));
      ctx.next();
    });
    return sent;
  }
}
