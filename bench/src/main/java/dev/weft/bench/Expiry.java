package dev.weft.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Expiry frees memory (issue 8, item 5): sessions that lose their browser end after
 * {@code session.timeoutSeconds} and leave nothing behind on the heap.
 *
 * <p>A Weft server of its own with a short timeout ({@value #TIMEOUT_SECONDS} s). A warm-up cycle
 * (open, click, drop, expire) first, so the code on that path is loaded and compiled and the
 * server's maps have grown once; then the baseline: live heap after a full GC, with no session
 * live. Then {@code n} counter sessions ({@code ClosingCounter}: the demo counter plus an
 * {@code onClose} hook that counts) open and click once each, and keep their last patch
 * unacknowledged ({@link Session#holdAcks}), so every replay buffer holds a message when it
 * expires; the heap with them live. Then every connection drops, half with a TCP reset and no
 * close frame ({@link Session#abort}), half with a clean WebSocket close; the driver polls
 * {@code GET /health/ready} until its {@code sessions} check says {@code "live": 0}, and the heap
 * after a full GC is measured again. Class histograms ({@code jcmd GC.class_histogram}) at the
 * baseline and after expiry say which classes, if any, kept instances. Then the whole cycle once
 * more: what it adds to the heap separates a leak (it grows again, by as much) from hash tables
 * that grew once and keep their capacity (it does not).
 *
 * <p>"Returned to baseline" means both: the heap is within {@value #TOLERANCE_KB} KiB of the
 * baseline, and no class gained {@code n / 2} or more live instances in the first cycle and again
 * in the second (a leftover per session gains about {@code n} in every cycle). The KiB tolerance
 * is for what a full GC does not bring back to the same byte: hash tables that grew while 1,000
 * sessions were registered keep their capacity (a 2,048-slot table is 8 KiB), and the JIT, the
 * logging and Vert.x's own bookkeeping allocate a little on their own between two measurements
 * (the two baselines taken one second apart show how much). It is 2.5% of what 1,000 idle
 * counter sessions hold (about 20 KB each); a leak smaller than that per session, even one small
 * object each, still shows in the instance counts. Counts in one cycle alone are not enough: the
 * first cycle typically adds 300 to 500 {@code String}s, which a heap dump (BENCH_HEAP_DUMPS=1)
 * shows are string literals of code that ran or was compiled for the first time (error messages,
 * log formats), held by the classes' constant pools, not by sessions; the second cycle adds a
 * few dozen.
 */
final class Expiry {

  static final int TIMEOUT_SECONDS = 2;
  static final long TOLERANCE_KB = 512;

  private final Bench bench;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Expiry(Bench bench) {
    this.bench = bench;
  }

  void run() throws Exception {
    JsonObject conf = new JsonObject(Files.readString(bench.conf));
    conf.getJsonObject("session").put("timeoutSeconds", TIMEOUT_SECONDS);
    conf.getJsonObject("apps")
        .put("/closing/", new JsonObject().put("class", "dev.weft.bench.apps.ClosingCounter").put("title", "Closing"))
        .put("/hooks/", new JsonObject().put("class", "dev.weft.bench.apps.HookCount").put("title", "Hooks"));
    int n = bench.plan.expirySessions();
    try (Server server = bench.launchWeft(bench.jdk17, List.of(), conf.encode());
         LoadClient client = new LoadClient(bench.vertx, server.port, "/closing/ws", true);
         LoadClient hooks = new LoadClient(bench.vertx, server.port, "/hooks/ws", true)) {
      // warm-up: the whole cycle once with fewer sessions
      List<Session> warm = openAndClick(client, bench.plan.expiryWarm());
      bench.check("expiry warm-up", warm);
      drop(warm);
      awaitNoneLive(server);
      long warmHooks = closeHooksRun(hooks); // also loads the hook count's page before the baseline
      awaitNoneLive(server);
      Bench.log("expiry: warm-up: " + warmHooks + " of " + warm.size() + " close hooks ran");

      long base1 = Proc.heapAfterFullGcKb(bench.jdk17, server.pid());
      Server.sleep(1000);
      long base = Proc.heapAfterFullGcKb(bench.jdk17, server.pid());
      String histBase = Proc.jcmd(bench.jdk17, server.pid(), "GC.class_histogram");
      Files.writeString(bench.logDir.resolve("expiry-histogram-baseline.txt"), histBase);
      dump(server, "baseline");
      Bench.log("expiry: baseline heap " + base1 + " KiB, 1 s later " + base + " KiB");

      long t = System.nanoTime();
      List<Session> sessions = openAndClick(client, n);
      double openSeconds = (System.nanoTime() - t) / 1e9;
      bench.check("expiry", sessions);
      long unacknowledged = sessions.stream().filter(Session::holdsUnacknowledged).count();
      Server.sleep(bench.plan.settleMs());
      int liveBefore = live(server);
      long heapLive = Proc.heapAfterFullGcKb(bench.jdk17, server.pid());
      Bench.log("expiry: " + n + " sessions open (server says " + liveBefore + " live), heap " + heapLive + " KiB");

      long hooksBefore = closeHooksRun(hooks);
      long dropped = System.nanoTime();
      int aborted = drop(sessions);
      double expirySeconds = awaitNoneLive(server) - (dropped - server.startedAt) / 1e9;
      long hooksRun = closeHooksRun(hooks) - hooksBefore;
      awaitNoneLive(server); // the HookCount page's own session, just closed, expires too
      long[] after = settledHeap(server);
      String histAfter = Proc.jcmd(bench.jdk17, server.pid(), "GC.class_histogram");
      Files.writeString(bench.logDir.resolve("expiry-histogram-after.txt"), histAfter);
      dump(server, "after");

      // the same again: what one more cycle adds tells a leak (it grows again) from tables that
      // grew once and keep their capacity (it does not)
      List<Session> again = openAndClick(client, n);
      bench.check("expiry, second cycle", again);
      drop(again);
      awaitNoneLive(server);
      long[] after2 = settledHeap(server);
      String histAfter2 = Proc.jcmd(bench.jdk17, server.pid(), "GC.class_histogram");
      Files.writeString(bench.logDir.resolve("expiry-histogram-after-second-cycle.txt"), histAfter2);

      JsonArray grown = new JsonArray();
      JsonArray perSession = new JsonArray();
      diff(Profile.histogram(histBase), Profile.histogram(histAfter), n, grown, perSession);
      JsonArray grown2 = new JsonArray();
      JsonArray perSession2 = new JsonArray();
      diff(Profile.histogram(histAfter), Profile.histogram(histAfter2), n, grown2, perSession2);
      long left = after[1] - base;
      JsonArray repeated = repeated(perSession, perSession2);
      boolean returned = left <= TOLERANCE_KB && repeated.isEmpty();
      bench.add(bench.row("expiry", "weft").put("sessions", n).put("timeoutSeconds", TIMEOUT_SECONDS)
          .put("openSeconds", Stats.round(openSeconds, 2)).put("liveReported", liveBefore)
          .put("aborted", aborted).put("closed", n - aborted)
          .put("expirySeconds", Stats.round(expirySeconds, 2)).put("closeHooksRun", hooksRun)
          .put("unacknowledged", unacknowledged)
          .put("heap0Kb", base).put("heap0FirstKb", base1).put("heapLiveKb", heapLive)
          .put("heapAfterFirstKb", after[0]).put("heapAfterKb", after[1])
          .put("liveBytesPerSession", Stats.round((heapLive - base) * 1024.0 / n, 0))
          .put("leftKb", left).put("leftBytesPerSession", Stats.round(left * 1024.0 / n, 1))
          .put("toleranceKb", TOLERANCE_KB).put("returned", returned)
          .put("grown", grown).put("perSessionLeftovers", perSession)
          .put("heapAfterSecondKb", after2[1]).put("secondCycleKb", after2[1] - after[1])
          .put("grownSecondCycle", grown2).put("perSessionLeftoversSecondCycle", perSession2)
          .put("leftoversBothCycles", repeated));
      if (liveBefore != n || hooksRun != n) { // not a measurement: expiry or its hooks are broken
        String problem = "expiry: " + liveBefore + " sessions live for " + n + " opened, " + hooksRun
            + " close hooks run for " + n + " expired";
        bench.problems.add(problem);
        if (bench.smoke) {
          throw new IllegalStateException("smoke: " + problem);
        }
      }
      if (!returned && !bench.smoke) { // with the smoke test's 20 sessions, n / 2 instances is noise
        Bench.log("expiry: the heap did NOT return to its baseline: " + left + " KiB left; per-session "
            + "leftovers in both cycles " + repeated.encode() + "; histograms in " + bench.logDir);
      }
    }
  }

  /**
   * {first, second}: the heap after a full GC one second after the last session ended (the
   * undeploys' last steps, the close hooks, run after the count went to 0), and one second later.
   */
  private long[] settledHeap(Server server) {
    Server.sleep(1000);
    long first = Proc.heapAfterFullGcKb(bench.jdk17, server.pid());
    Server.sleep(1000);
    return new long[] {first, Proc.heapAfterFullGcKb(bench.jdk17, server.pid())};
  }

  /**
   * With BENCH_HEAP_DUMPS=1 in the environment, a heap dump (live objects) into the log directory,
   * for finding out what holds the objects the histograms count (a few MB each).
   */
  private void dump(Server server, String name) {
    if ("1".equals(System.getenv("BENCH_HEAP_DUMPS"))) {
      Proc.jcmd(bench.jdk17, server.pid(), "GC.heap_dump",
          bench.logDir.resolve("expiry-" + name + ".hprof").toString());
    }
  }

  /** Opens {@code n} sessions that hold their acks, and clicks each once (its patch arrives). */
  private List<Session> openAndClick(LoadClient client, int n) throws Exception {
    List<Session> sessions = Bench.await(client.openMany(n, 50), 120);
    CountDownLatch clicked = new CountDownLatch(sessions.size());
    for (Session s : sessions) {
      s.context.runOnContext(v -> {
        s.holdAcks = true;
        s.listener = (ss, sent, now) -> clicked.countDown();
        s.click();
      });
    }
    if (!clicked.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("expiry: " + clicked.getCount() + " of " + n + " clicks unanswered in 60 s");
    }
    return sessions;
  }

  /** Every other connection is reset, the others closed cleanly; returns how many were reset. */
  private static int drop(List<Session> sessions) {
    int aborted = 0;
    for (int i = 0; i < sessions.size(); i++) {
      Session s = sessions.get(i);
      s.listener = null;
      boolean reset = i % 2 == 0;
      s.context.runOnContext(v -> {
        if (reset) {
          s.abort();
        } else {
          s.close();
        }
      });
      aborted += reset ? 1 : 0;
    }
    return aborted;
  }

  /**
   * Polls {@code /health/ready} until no session is live; fails after the timeout plus 60 s.
   * Returns the seconds from the server's start to the first poll that saw none.
   */
  private double awaitNoneLive(Server server) throws Exception {
    long deadline = System.nanoTime() + (TIMEOUT_SECONDS + 60) * 1_000_000_000L;
    int live = -1;
    while (System.nanoTime() < deadline) {
      live = live(server);
      if (live == 0) {
        return (System.nanoTime() - server.startedAt) / 1e9;
      }
      Server.sleep(100);
    }
    throw new IllegalStateException("expiry: " + live + " session(s) still live " + (TIMEOUT_SECONDS + 60)
        + " s after their connections dropped (session.timeoutSeconds " + TIMEOUT_SECONDS + ")");
  }

  /**
   * How many {@code ClosingCounter} sessions ran their close hook: a {@code HookCount} page shows it
   * (its own session is closed at once; it is not a {@code ClosingCounter}).
   */
  private long closeHooksRun(LoadClient hooks) throws Exception {
    Session s = Bench.await(hooks.open(true), 30);
    s.context.runOnContext(v -> s.close());
    return Long.parseLong(Session.node(s.renderRoot, "closed").getJsonObject("props").getString("value"));
  }

  /** The {@code live} count of the {@code sessions} check of {@code GET /health/ready}. */
  private int live(Server server) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonObject body = new JsonObject(r.body());
    for (Object check : body.getJsonArray("checks", new JsonArray())) {
      JsonObject c = (JsonObject) check;
      if ("sessions".equals(c.getString("id"))) {
        return c.getJsonObject("data").getInteger("live");
      }
    }
    throw new IllegalStateException("/health/ready has no sessions check: " + r.body());
  }

  /** The classes of {@code second} that are in {@code first} too. */
  private static JsonArray repeated(JsonArray first, JsonArray second) {
    JsonArray both = new JsonArray();
    for (Object o : second) {
      String name = ((JsonObject) o).getString("class");
      if (first.stream().anyMatch(f -> name.equals(((JsonObject) f).getString("class")))) {
        both.add(o);
      }
    }
    return both;
  }

  /**
   * Classes with more live bytes after expiry than at the baseline (the 10 largest gains) into
   * {@code grown}, and those with {@code n / 2} or more extra instances, a leftover per
   * session, into {@code perSession}; each as {class, instances, bytes}.
   */
  private static void diff(Map<String, long[]> before, Map<String, long[]> after, int n,
                           JsonArray grown, JsonArray perSession) {
    List<Map.Entry<String, long[]>> deltas = new ArrayList<>();
    for (Map.Entry<String, long[]> e : after.entrySet()) {
      long[] b = before.getOrDefault(e.getKey(), new long[2]);
      deltas.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]}));
    }
    deltas.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]));
    for (Map.Entry<String, long[]> e : deltas) {
      JsonObject d = new JsonObject().put("class", e.getKey()).put("instances", e.getValue()[0])
          .put("bytes", e.getValue()[1]);
      if (grown.size() < 10 && e.getValue()[1] > 0) {
        grown.add(d);
      }
      if (e.getValue()[0] >= Math.max(1, n / 2)) {
        perSession.add(d);
      }
    }
  }
}
