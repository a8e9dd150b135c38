package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.testing.CloseStatus;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.WeftTestClient;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of one of two clustered fat-jar JVMs, with the seed app: the survivor closes its sockets
 * for the dead instance's sessions with 4002 soon after it notices (the browser starts afresh),
 * a session of the survivor whose socket was on the dead instance resumes through the survivor,
 * and a session with its socket at home sees nothing. Prints how long each step took.
 */
// several clustered JVMs whose timings are checked: failsafe runs it alone (pom.xml, "serial")
@Tag("serial")
class KilledMemberIT {

  private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  @Test
  void afterAKillMinus9TheSurvivorsBrowsersResumeOrStartAfreshAndTheOthersSeeNothing() throws Exception {
    int[] ports = JarProcess.freePorts(4);
    String members = "127.0.0.1:" + ports[2] + ",127.0.0.1:" + ports[3];
    Vertx clients = Vertx.vertx();
    // A lists no one and starts the cluster at once; B starts once it has, and joins it at once.
    // So A, the one killed, is always Hazelcast's master. Started together with the same list,
    // each asked the other for a running cluster for 5 s (Hazelcast's TCP-IP connection timeout)
    // before the lower address claimed it
    try (JarProcess a = JarProcess.start(SMALL_HEAP, dir, Map.of("WEFT_CLUSTER_PORT",
            String.valueOf(ports[2]), "WEFT_CLUSTER_MEMBERS", ""), "-cluster", "--port", String.valueOf(ports[0]));
         JarProcess b = startOnceClustered(a, Map.of("WEFT_CLUSTER_PORT",
            String.valueOf(ports[3]), "WEFT_CLUSTER_MEMBERS", members), "-cluster", "--port", String.valueOf(ports[1]))) {
      String urlA = "http://127.0.0.1:" + ports[0] + "/";
      String urlB = "http://127.0.0.1:" + ports[1] + "/";
      a.awaitOk(urlA);
      b.awaitOk(urlB);
      a.awaitOutput("Weft cluster: 2 members");
      b.awaitOutput("Weft cluster: 2 members");

      WeftTestClient orphan = WeftTestClient.connect(clients, urlA);    // session on A, socket on B
      orphan.reconnect(urlB);
      WeftTestClient stranded = WeftTestClient.connect(clients, urlB);  // session on B, socket on A
      stranded.reconnect(urlA);
      WeftTestClient bystander = WeftTestClient.connect(clients, urlB); // session on B, socket on B
      WeftTestClient homeless = WeftTestClient.connect(clients, urlA);  // session and socket on A
      try {
        long killed = System.nanoTime();
        a.kill();
        // watched on its own thread: the two clients' waits must not queue behind each other
        CompletableFuture<CloseStatus> orphanClosed = CompletableFuture.supplyAsync(() -> orphan.awaitClose(WAIT));
        CompletableFuture<Long> orphanClosedMs = orphanClosed.thenApply(
            status -> (System.nanoTime() - killed) / 1_000_000);

        // its socket dies with A; it reconnects through B at once, before B may have noticed
        assertThatThrownBy(() -> homeless.reconnect(urlB))
            .isInstanceOfSatisfying(ConnectFailedException.class,
                e -> assertThat(e.closeStatus().code()).isEqualTo(4002));
        long refusedMs = (System.nanoTime() - killed) / 1_000_000;
        System.out.printf("[instance loss] kill -9 of A -> a browser of A's session reconnecting through B "
            + "at once got 4002 after %d ms%n", refusedMs);

        CloseStatus closed = orphanClosed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long closedMs = orphanClosedMs.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String left = b.awaitOutput("left: 127.0.0.1:" + ports[2]);
        assertThat(closed.code()).as("B closed the orphaned socket: " + left).isEqualTo(4002);
        System.out.printf("[instance loss] kill -9 of A -> B's socket for A's session closed 4002 after %d ms%n",
            closedMs);
        assertThat(closedMs).as("Hazelcast notices a killed process within a couple of seconds, "
            + "and B closes at once").isLessThan(5_000);
        assertThat(refusedMs).as("not the full 5 s attach timeout: the loss cut the wait short")
            .isLessThan(5_000);

        long reconnecting = System.nanoTime();
        stranded.reconnect(urlB); // its socket died with A; B had taken that as a disconnect
        System.out.printf("[instance loss] B's session whose socket was on A resumed through B %d ms later%n",
            (System.nanoTime() - reconnecting) / 1_000_000);
        assertThat(stranded.lastResume()).as("resumed, not a fresh session").isPresent();

        bystander.click("Call async handler");
        bystander.awaitText("Async handler clicked", WAIT);
        assertThat(bystander.isOpen()).isTrue();
        bystander.assertNoFailures();
      } finally {
        orphan.close();
        homeless.close();
        stranded.close();
        bystander.close();
        clients.close().toCompletionStage().toCompletableFuture().get();
      }
    }
  }

  /** Starts a JVM once {@code first} has started a cluster of its own (its Hazelcast is up). */
  private JarProcess startOnceClustered(JarProcess first, Map<String, String> env, String... args)
      throws InterruptedException {
    first.awaitOutput("Weft cluster: 1 member: ");
    return JarProcess.start(SMALL_HEAP, dir, env, args);
  }
}
