package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.Vertx;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's last stall: a browser re-attaches through an instance whose registration of the new
 * socket's event-bus address reaches the cluster late (as after a member's loss), to a session on
 * another instance. The session must not send its {@code resume} before it can be delivered — the
 * event bus drops a message to an address no member knows of — so the re-attach waits for the
 * registration and is answered, rather than left waiting for an answer that went nowhere.
 */
class LateRegistrationTest {

  /** Longer than the 300 ms measured after a loss, shorter than the client's patience. */
  private static final long LATE_MS = 1_500;
  private static final Duration PATIENCE = Duration.ofSeconds(6);

  private App counter() {
    return page -> {
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
  void aReattachThroughAnInstanceWhoseRegistrationIsLateIsAnsweredOnceTheSessionCanReachIt() throws Exception {
    Vertx clients = Vertx.vertx();
    try (ClusterMembers cluster = ClusterMembers.start(2, (index, config) ->
        index == 1 ? new LateRegistrations(config, LATE_MS) : new HazelcastClusterManager(config))) {
      WeftInstance a = WeftInstance.start(cluster.get(0), Map.of("/", counter()));
      WeftInstance b = WeftInstance.start(cluster.get(1), Map.of("/", counter()));
      try (WeftTestClient client = WeftTestClient.connect(ConnectOptions.of(a.url()).vertx(clients)
          .timeout(PATIENCE))) {
        client.click("+1");
        client.awaitText("1", PATIENCE);

        long start = System.nanoTime();
        client.reconnect(b.url()); // fails after PATIENCE if the resume went nowhere

        assertThat(client.lastResume()).as("resumed, not rendered afresh").isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered once B's address was known")
            .isGreaterThanOrEqualTo(Duration.ofMillis(LATE_MS));
        assertThat(a.holds(client.sessionId())).as("the session did not move").isTrue();
        client.click("+1");
        client.awaitText("2", PATIENCE);
        client.assertNoFailures();
      } finally {
        b.close();
        a.close();
      }
    } finally {
      WeftInstance.await(clients.close());
    }
  }
}
