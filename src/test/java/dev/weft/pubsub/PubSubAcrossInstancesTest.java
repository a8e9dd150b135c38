package dev.weft.pubsub;

import static dev.weft.pubsub.PubSubTest.act;
import static dev.weft.pubsub.PubSubTest.log;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.ClusterMembers;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestClient;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pubsub between two instances: two clustered Vert.x members in this JVM (real Hazelcast members,
 * the event bus over TCP), each serving the app on its own port; a session on one and a session
 * on the other exchange messages both ways, in order, and each instance hears only once.
 */
class PubSubAcrossInstancesTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static ClusterMembers cluster;
  private static final List<WeftVerticle> instances = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    cluster = ClusterMembers.start(2);
    for (int i = 0; i < 2; i++) {
      WeftConfig config = WeftConfig.defaults().with("http.host", "127.0.0.1").with("http.port", 0);
      WeftVerticle verticle = new WeftVerticle(config, Map.of("/chat/", new PubSubApp()));
      await(cluster.get(i).deployVerticle(verticle));
      instances.add(verticle);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static String url(int instance) {
    return "http://127.0.0.1:" + instances.get(instance).actualPort() + "/chat/";
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  void sessionsOnTwoInstancesExchangeMessagesBothWaysInOrder() throws Exception {
    try (WeftTestClient ada = WeftTestClient.connect(url(0), "/ada");
         WeftTestClient bob = WeftTestClient.connect(url(1), "/bob")) {
      // each session lives where its socket landed: the messages must cross the cluster
      assertThat(instances.get(0).weft().sessions().isHere(ada.sessionId())).isTrue();
      assertThat(instances.get(1).weft().sessions().isHere(bob.sessionId())).isTrue();
      assertThat(instances.get(1).weft().sessions().isHere(ada.sessionId())).isFalse();
      act(ada, "sub");
      act(bob, "sub");
      act(bob, "subTopic");

      // The other member learns of a consumer through Hazelcast, a moment after it registered:
      // probe until the first message gets across (bounded), then everything must.
      int probes = 0;
      while (log(bob).isEmpty() && probes < 40) {
        act(ada, "all");
        probes++;
        Thread.sleep(250);
      }
      bob.awaitText("all:ada-1", WAIT);

      act(ada, "burst");
      act(ada, "othersNews");
      bob.awaitText("news:ada-" + (probes + 1), WAIT);
      act(bob, "all");
      ada.awaitText("all:bob-1", WAIT);
      bob.awaitText("all:bob-1", WAIT);

      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= probes; i++) {
        expected.add("all:ada-" + i);
      }
      for (int i = 1; i <= PubSubApp.BURST; i++) {
        expected.add("all:ada-burst-" + i);
      }
      expected.add("news:ada-" + (probes + 1));
      expected.add("all:bob-1");
      assertThat(log(bob)).containsExactlyElementsOf(expected); // each message once, in order
      assertThat(log(ada)).endsWith("all:ada-burst-" + PubSubApp.BURST, "all:bob-1")
          .hasSize(probes + PubSubApp.BURST + 1);
      System.out.printf("[pubsub] across two instances: %d probe(s) before the first message"
          + " crossed, then %d messages in order%n", probes, PubSubApp.BURST + 2);
    }
  }
}
