package dev.weft.bench;

import java.util.List;
import java.util.Map;

/**
 * What turning clustering on costs a click that never leaves its JVM (issue 15: within 10% of the
 * unclustered figure). The counter's closed click loop, at each of the plan's session counts,
 * against two Weft JVMs from the same fat jar and configuration, one after the other, a fresh
 * one for each:
 * <ul>
 *   <li><b>unclustered</b>: as in the clicks scenario;
 *   <li><b>clustered</b>: a single Hazelcast member on 127.0.0.1 ({@link Cluster#start}: TCP-IP
 *       join, multicast off), so the session's event bus is Vert.x's clustered one; sockets and
 *       sessions are on the same instance.
 * </ul>
 * Which of the two goes first alternates from run to run, so that a machine getting busier (or
 * quieter) during a run does not always favour the same side. Both use the server flags of the
 * other scenarios ({@link Bench#SERVER_FLAGS}).
 */
final class Clustered {

  private final Bench bench;
  private final int[] sessionCounts;

  Clustered(Bench bench) {
    this.bench = bench;
    this.sessionCounts = bench.smoke ? new int[] {5} : new int[] {50, 200};
  }

  void run(int run) throws Exception {
    boolean clusteredFirst = run % 2 == 0;
    measure(clusteredFirst, run);
    measure(!clusteredFirst, run);
  }

  private void measure(boolean clustered, int run) throws Exception {
    String target = clustered ? "clustered" : "unclustered";
    Server server = clustered
        ? Cluster.start(bench, "clustered", run, List.of("clustered"), List.of()).get(0)
        : bench.startWeftProcess("unclustered", bench.jdk17, List.of(), bench.conf.toString(), Map.of())
            .awaitListening(60);
    try (server; LoadClient client = new LoadClient(bench.vertx, server.port, "/counter/ws", true)) {
      if (!clustered && Cluster.logsMembership(server)) {
        throw new IllegalStateException("clustered: the unclustered server logged cluster members:\n" + server.tail());
      }
      for (int n : sessionCounts) {
        List<Session> sessions = Bench.await(client.openMany(n, 50), 60);
        Bench.Loop loop = bench.closedLoop(sessions, server.pid(), bench.plan.warmup(), bench.plan.window(), false, 30);
        bench.add(loop.describe(bench.row("clustered", target).put("run", run).put("sessions", n)
            .put("clusterMembers", Cluster.metrics(server).getOrDefault("weft_cluster_members", -1.0).intValue())));
        bench.check("clustered " + target + " " + n, sessions);
        sessions.forEach(Session::close);
      }
    }
  }
}
