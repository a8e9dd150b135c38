package dev.weft.cluster;

import static dev.weft.CounterClicks.clickTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import dev.weft.App;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * One instance of two dies: its Hazelcast member is terminated (no goodbye to the others, as on
 * kill -9) while its Vert.x and HTTP server stay up in this JVM, so whatever the survivor does
 * comes from noticing the loss, not from sockets closing. The survivor closes its sockets for the
 * dead instance's sessions with 4002 (their browsers start afresh), takes its sessions whose socket
 * was on the dead instance as detached (they resume when the browser comes back through it), and
 * its own sessions with their sockets at home see nothing.
 */
class InstanceLossTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  /** How soon after the survivor notices the loss the orphaned sockets must be closed. */
  private static final Duration PROMPTLY = Duration.ofSeconds(3);

  /** onDisconnect runs, by session id. */
  private final Map<String, AtomicInteger> disconnects = new ConcurrentHashMap<>();
  private final List<WeftTestClient> open = new ArrayList<>();

  private App counter() {
    return page -> {
      AtomicInteger mine = disconnects.computeIfAbsent(page.sessionId(), id -> new AtomicInteger());
      page.onDisconnect(mine::incrementAndGet);
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
  void theSurvivorClosesOrphanedSocketsWith4002AndDetachesSessionsWhoseSocketDied() throws Exception {
    Vertx clients = Vertx.vertx();
    try (ClusterMembers cluster = ClusterMembers.start(2)) {
      WeftInstance a = WeftInstance.start(cluster.get(0), Map.of("/", counter()));
      WeftInstance b = WeftInstance.start(cluster.get(1), Map.of("/", counter()));
      try {
        WeftTestClient orphan = connect(clients, a);    // session on A, socket on B
        clickTo(orphan, 1, WAIT);
        orphan.reconnect(b.url());
        WeftTestClient stranded = connect(clients, b);  // session on B, socket on A
        clickTo(stranded, 2, WAIT);
        stranded.reconnect(a.url());
        WeftTestClient bystander = connect(clients, b); // session on B, socket on B
        clickTo(bystander, 3, WAIT);
        assertThat(b.socketsRemote()).isEqualTo(1.0);
        assertThat(disconnects.get(stranded.sessionId()).get()).as("its move to A").isEqualTo(1);

        AtomicLong noticed = new AtomicLong();
        hazelcast(cluster.get(1)).getCluster().addMembershipListener(new MembershipListener() {
          @Override
          public void memberAdded(MembershipEvent event) {
          }

          @Override
          public void memberRemoved(MembershipEvent event) {
            noticed.compareAndSet(0, System.nanoTime());
          }
        });
        String nodeA = a.weft().sessions().nodes().self();
        assertThat(nodeA).isNotEqualTo(b.weft().sessions().nodes().self());
        long killed = System.nanoTime();
        hazelcast(cluster.get(0)).getLifecycleService().terminate(); // A is gone, unannounced

        assertThat(orphan.awaitClose(WAIT).code()).isEqualTo(4002);
        long closed = System.nanoTime();
        // Hazelcast calls membership listeners one after another: Weft's own (registered first)
        // may have closed the socket before this test's listener has run.
        WeftInstance.awaitTrue("B noticed A's loss", WAIT, () -> noticed.get() > 0);
        System.out.printf("[instance loss] B noticed %d ms after the kill; 4002 %d ms after that%n",
            (noticed.get() - killed) / 1_000_000, (closed - noticed.get()) / 1_000_000);
        assertThat(Duration.ofNanos(closed - noticed.get())).isLessThan(PROMPTLY);

        AtomicInteger late = new AtomicInteger();
        b.weft().sessions().nodes().watch(nodeA, late::incrementAndGet);
        assertThat(late.get()).as("a watch on a node already gone fires at once").isEqualTo(1);

        WeftInstance.awaitTrue("the stranded session detached", WAIT,
            () -> disconnects.get(stranded.sessionId()).get() == 2);
        assertThat(stranded.isOpen()).as("its socket on A never closed: the loss alone detached it")
            .isTrue();
        stranded.reconnect(b.url());
        assertThat(stranded.lastResume()).isPresent();
        assertThat(stranded.findByKey("count").prop("value")).isEqualTo("2");
        clickTo(stranded, 3, WAIT);

        clickTo(bystander, 4, WAIT);
        assertThat(bystander.isOpen()).isTrue();
        assertThat(disconnects.get(bystander.sessionId()).get()).isZero();
        bystander.assertNoFailures();
        assertThat(b.weft().liveSessions()).as("B's two sessions, nothing else").isEqualTo(2);
        WeftInstance.awaitTrue("B's orphaned socket counted out", WAIT, () -> b.socketsRemote() == 0.0);
      } finally {
        open.forEach(WeftTestClient::close);
        b.close();
        WeftInstance.await(clients.close());
      }
    }
  }

  private WeftTestClient connect(Vertx clients, WeftInstance instance) {
    WeftTestClient client = WeftTestClient.connect(clients, instance.url());
    open.add(client);
    return client;
  }

  private static HazelcastInstance hazelcast(Vertx member) {
    return ((HazelcastClusterManager) ((VertxInternal) member).clusterManager()).getHazelcastInstance();
  }
}
