package dev.weft.cluster;

import com.hazelcast.config.Config;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Several clustered Vert.x instances in this JVM, joined over TCP-IP on 127.0.0.1 exactly as the
 * launcher joins them ({@link ClusterVertx}), for tests that need a session on one member and its
 * socket, upload or subscriber on another. Each has its own Hazelcast member and its own
 * event-bus port, so a message between them crosses a real socket. Starting takes a second or
 * two: share one set per test class.
 *
 * <p>The first member lists no one and starts the cluster at once; the others, which list every
 * member, start once it has and join it at once. Started together with the same list, as a
 * deployment may be, none answered as a running cluster while all were starting, and each asked
 * for 5 s (Hazelcast's TCP-IP connection timeout) before the lowest address claimed the cluster:
 * 5 s of every start.
 */
public final class ClusterMembers implements AutoCloseable {

  private static final int START_TIMEOUT_S = 90;

  private final List<Vertx> members;

  private ClusterMembers(List<Vertx> members) {
    this.members = members;
  }

  /** {@code count} members that all name each other; completes once every one has joined. */
  public static ClusterMembers start(int count) throws Exception {
    return start(count, (index, config) -> new HazelcastClusterManager(config));
  }

  /**
   * As {@link #start(int)}, with the cluster manager of member {@code index} (in start order) made
   * by {@code managers} from the Hazelcast configuration the launcher would use: for a test that
   * makes one member's cluster slow.
   */
  public static ClusterMembers start(int count, BiFunction<Integer, Config, ClusterManager> managers)
      throws Exception {
    int[] ports = new int[count];
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ports[i] = freePort();
      addresses.add("127.0.0.1:" + ports[i]);
    }
    String name = "weft-test-" + Long.toHexString(System.nanoTime());
    List<Future<Vertx>> starting = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i == 1) { // the others start once the first has its cluster (see above)
        starting.get(0).toCompletionStage().toCompletableFuture().get(START_TIMEOUT_S, TimeUnit.SECONDS);
      }
      ClusterSettings settings = new ClusterSettings(true, name, "127.0.0.1", ports[i],
          i == 0 ? List.of() : addresses, "", "", 0, 60);
      starting.add(ClusterVertx.builder(new VertxOptions(), settings)
          .withClusterManager(managers.apply(i, HazelcastSetup.config(settings))).buildClustered());
    }
    List<Vertx> members = new ArrayList<>();
    for (Future<Vertx> member : starting) {
      members.add(member.toCompletionStage().toCompletableFuture().get(START_TIMEOUT_S, TimeUnit.SECONDS));
    }
    return new ClusterMembers(members);
  }

  /** The {@code index}th member, in start order. */
  public Vertx get(int index) {
    return members.get(index);
  }

  public int size() {
    return members.size();
  }

  /** Closes every member that is still open; a member a test closed itself is skipped. */
  @Override
  public void close() throws Exception {
    List<Future<Void>> closing = new ArrayList<>();
    for (Vertx member : members) {
      closing.add(member.close().recover(t -> Future.succeededFuture()));
    }
    Future.join(closing).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
