package dev.weft.bench;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one clustered hop costs a click (issue 9): the same closed click loop, with the same
 * sessions count, where the socket's instance is the session's and where it is not.
 *
 * <p>Per run, three Weft JVMs from the fat jar, one after the other's measurement: an unclustered
 * one (the figure of the clicks scenario, with this scenario's heap), then two clustered ones,
 * A and B ({@link Cluster#start}: {@code WEFT_CLUSTER_ENABLED=true}, Hazelcast on free ports of
 * 127.0.0.1, each listing both, a cluster name of this run's own so that no other test's members
 * can join), started together and measured once both count two members. On the pair:
 * <ul>
 *   <li><b>clustered, local</b>: sessions opened on A, their sockets on A;
 *   <li><b>clustered, one hop</b>: sessions opened on A, each socket then closed and the session
 *       re-attached through B ({@code register} naming it, with its ack: B's
 *       {@code Sessions.open} asks the session's address over the clustered event bus, and the
 *       session answers {@code resume}). Every click then goes driver → B → A → B → driver: the
 *       event crosses to the session on A, its patch back to the connection on B.
 * </ul>
 * Before the hop's loop, and again after it, B's {@code /metrics} must say that every socket it
 * holds is remote ({@code weft_sockets_remote} = {@code weft_sockets_attached} = the sessions) and
 * that B holds no session, and A's that the sessions are attached there; the local loop is checked
 * the other way round. A mismatch fails the run: a hop figure that measured no hop must not pass.
 *
 * <p>Each case is measured with all the sessions clicking (the acceptance's 50), after a warm-up
 * long enough for the JIT to have compiled its path ({@link #JIT_WARMUP_SECONDS}); then with all of
 * them clicking on a schedule ({@link #PACED_PER_SECOND} each, {@link PacedLoop}); then with one of
 * them alone (the others stay attached). With 50 as fast as they are answered, a closed loop on two
 * shared cores is mostly queueing (p50 ≈ sessions / rate), so the hop's cost shows there as the CPU
 * it adds per click; paced, and with one, as the latency it adds to a click when the machine is not
 * saturated.
 */
final class Hop {

  /**
   * Server heap for all three JVMs of this scenario: small, since two run at once on a shared
   * machine, and the same for each so the rows compare (50 counter sessions need a few MB).
   */
  static final List<String> HEAP = List.of("-Xmx512m");

  /**
   * Seconds of clicking added to the plan's warm-up before each case's 50-session window (not in
   * a smoke run). Each case runs on JVMs started for it, and the hop's path — B's connections, the
   * clustered bus on both sides — runs for the first time in its own case: with the plan's 2 s,
   * C2 was still compiling through the window (0.3 of a core on A alone on 2026-12-07, about 20 µs
   * per click there), and that counted as what a click costs. With 10 s more it stays under 0.1.
   */
  static final double JIT_WARMUP_SECONDS = 10;

  /**
   * Clicks a second of each session in the paced case ({@link PacedLoop}): with 50 sessions, 1,000
   * a second, a few percent of what the pair can answer, so its latency is what a click takes
   * when nothing queues — and still 20 clicks a second per session, far above a person's rate.
   */
  static final double PACED_PER_SECOND = 20;

  /** The suffix of a case's target for its paced rows. */
  static final String PACED = "-paced";

  private final Bench bench;
  private final int sessions;
  private final Path jfrSettings;

  Hop(Bench bench) {
    this.bench = bench;
    this.sessions = bench.smoke ? 5 : 50;
    this.jfrSettings = bench.logDir.resolve("hop-profile.jfc");
  }

  void run(int run) throws Exception {
    try (Server plain = bench.startWeftProcess("hop-unclustered", bench.jdk17, HEAP, bench.conf.toString(),
            Map.of()).awaitListening(60);
         LoadClient client = new LoadClient(bench.vertx, plain.port, "/counter/ws", true)) {
      measure("unclustered", run, plain, null, client, null, plain.startedAt);
    }
    List<Server> pair = Cluster.start(bench, "hop", run, List.of("hop-A", "hop-B"), HEAP);
    Server a = pair.get(0);
    Server b = pair.get(1);
    try (LoadClient onA = new LoadClient(bench.vertx, a.port, "/counter/ws", true);
         LoadClient onB = new LoadClient(bench.vertx, b.port, "/counter/ws", true)) {
      measure("clustered-local", run, a, b, onA, null, a.startedAt);
      measure("clustered-hop", run, a, b, onA, onB, a.startedAt);
    } finally {
      a.stop();
      b.stop();
    }
  }

  /**
   * Opens the sessions on {@code home}; with {@code via}, re-attaches each through it; runs the
   * click loop with all of them, then with one; checks the sockets' placement on /metrics.
   *
   * @param peer the other member of the pair, whose CPU time counts as the server's (null: none)
   */
  private void measure(String target, int run, Server home, Server peer, LoadClient open, LoadClient via,
                       long startedAt) throws Exception {
    List<Session> list = Bench.await(open.openMany(sessions, 50), 60);
    int resumes = 0;
    int rerenders = 0;
    if (via != null) {
      List<Future<Void>> closes = new ArrayList<>();
      for (Session s : list) {
        closes.add(s.ws.close());
      }
      Bench.await(Future.all(closes), 30);
      List<Future<Session>> attached = new ArrayList<>();
      for (Session s : list) {
        attached.add(via.reattach(s));
      }
      Bench.await(Future.all(attached), 60);
      for (Session s : list) {
        resumes += (int) s.resumes;
      }
      rerenders = sessions - resumes; // answered with a render: the server could not replay (it should)
    }
    JsonObject placement = placement(target, home, peer, via != null);
    recording(target, run, "JFR.start", home, peer);
    Bench.Loop loop = bench.closedLoop(list, home.pid(), peer == null ? 0 : peer.pid(), warmupSeconds(bench),
        bench.plan.window(), false, 30);
    recording(target, run, "JFR.stop", home, peer);
    JsonObject after = placement(target, home, peer, via != null);
    bench.add(row(target, run, sessions, loop).put("placement", placement).put("placementAfter", after)
        .put("resumes", resumes).put("rerenders", rerenders)
        .put("startedSecondsBefore", Stats.round((System.nanoTime() - startedAt) / 1e9, 1)));
    Bench.Loop paced = PacedLoop.run(bench.vertx, list, home.pid(), peer == null ? 0 : peer.pid(),
        PACED_PER_SECOND, bench.plan.warmup(), bench.plan.window(), 30);
    bench.add(row(target + PACED, run, sessions, paced).put("pacedPerSecond", PACED_PER_SECOND));
    Bench.Loop one = bench.closedLoop(list.subList(0, 1), home.pid(), peer == null ? 0 : peer.pid(),
        bench.plan.warmup(), bench.plan.window(), false, 30);
    bench.add(row(target, run, 1, one).put("attached", sessions));
    bench.check("hop " + target, list);
    list.forEach(Session::close);
  }

  /** The warm-up before each case's window with all the sessions clicking: see {@link #JIT_WARMUP_SECONDS}. */
  static double warmupSeconds(Bench bench) {
    return bench.smoke ? bench.plan.warmup() : bench.plan.warmup() + JIT_WARMUP_SECONDS;
  }

  /**
   * With BENCH_HOP_JFR=1 in the environment, a JFR recording (the JDK's profile settings, Java
   * samples every 1 ms) of the servers over the 50-session click loop of every case, warm-up
   * included, into the log directory as {@code hop-<case>-<run>-<server>.jfr}: where the hop's
   * extra CPU per click goes. Recording costs CPU too: not for the figures.
   */
  private void recording(String target, int run, String command, Server home, Server peer) {
    if (!"1".equals(System.getenv("BENCH_HOP_JFR"))) {
      return;
    }
    try {
      if (!Files.exists(jfrSettings)) { // the JDK's profile settings, Java samples every 1 ms instead of 10
        Files.createDirectories(bench.logDir);
        Files.writeString(jfrSettings, Files.readString(Path.of(bench.jdk17, "lib", "jfr", "profile.jfc")).replace(
            "<setting name=\"period\" control=\"method-sampling-java-interval\">10 ms</setting>",
            "<setting name=\"period\" control=\"method-sampling-java-interval\">1 ms</setting>"));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    for (Server s : peer == null ? List.of(home) : List.of(home, peer)) {
      if (command.equals("JFR.start")) {
        Proc.jcmd(bench.jdk17, s.pid(), "JFR.start", "name=hop", "settings=" + jfrSettings);
      } else {
        Proc.jcmd(bench.jdk17, s.pid(), "JFR.stop", "name=hop", "filename="
            + bench.logDir.resolve("hop-" + target + "-" + run + "-" + s.name + ".jfr"));
      }
    }
  }

  /**
   * Whether the servers count Vert.x's own metrics ({@code metrics.vertx}): WEFT_METRICS_VERTX in
   * the driver's environment, which the servers inherit, else the bench configuration's key, else
   * the default (on). It costs a clustered hop more than a local click: each event-bus message is
   * counted on both sides.
   */
  private boolean vertxMetrics() {
    String env = System.getenv("WEFT_METRICS_VERTX");
    if (env != null) {
      return Boolean.parseBoolean(env.trim());
    }
    try {
      JsonObject metrics = new JsonObject(Files.readString(bench.conf)).getJsonObject("metrics");
      return metrics == null || metrics.getBoolean("vertx", true);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject row(String target, int run, int clicking, Bench.Loop loop) {
    JsonObject row = loop.describe(bench.row("hop", target).put("run", run).put("sessions", clicking)
        .put("vertxMetrics", vertxMetrics()));
    double bothUs = (loop.cpu[6] + loop.peerCpuSeconds) * 1e6 / Math.max(1, loop.windowEvents);
    return row.put("peerCpuUsPerEvent", Stats.round(loop.peerCpuSeconds * 1e6 / Math.max(1, loop.windowEvents), 1))
        .put("cpuUsPerEventBoth", Stats.round(bothUs, 1));
  }

  /**
   * Where the sockets and sessions are, from the instances' /metrics, and a failure when that is
   * not what {@code target} is meant to measure. For the hop: B holds every socket, all of them
   * remote, and no session; A holds every session, attached, and no socket. For the local cases:
   * the home instance holds every socket, none remote.
   */
  private JsonObject placement(String target, Server home, Server peer, boolean hop) throws Exception {
    // the gauges move when the attach's answer reaches the socket's instance: allow a moment
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      Map<String, Double> h = Cluster.metrics(home);
      Map<String, Double> p = peer == null ? Map.of() : Cluster.metrics(peer);
      Map<String, Double> sockets = hop ? p : h;
      JsonObject seen = new JsonObject()
          .put("socketsAttached", sockets.getOrDefault("weft_sockets_attached", -1.0).intValue())
          .put("socketsRemote", sockets.getOrDefault("weft_sockets_remote", -1.0).intValue())
          .put("sessionsAttachedHome", h.getOrDefault("weft_sessions_attached", -1.0).intValue());
      boolean right = seen.getInteger("socketsAttached") == sessions
          && seen.getInteger("socketsRemote") == (hop ? sessions : 0)
          && seen.getInteger("sessionsAttachedHome") == sessions;
      if (hop) {
        seen.put("socketsOnHome", h.getOrDefault("weft_sockets_attached", -1.0).intValue())
            .put("sessionsOnPeer", (int) (p.getOrDefault("weft_sessions_attached", -1.0)
                + p.getOrDefault("weft_sessions_detached", -1.0)));
        right &= seen.getInteger("socketsOnHome") == 0 && seen.getInteger("sessionsOnPeer") == 0;
      }
      if (right) {
        return seen;
      }
      if (System.nanoTime() > deadline) {
        String problem = "hop " + target + ": /metrics does not show the placement this case measures ("
            + sessions + " sockets on " + (hop ? "B, all remote, B holding no session, A no socket"
            : "the sessions' instance, none remote") + "): " + seen.encode();
        bench.problems.add(problem);
        throw new IllegalStateException(problem);
      }
      Server.sleep(100);
    }
  }
}
