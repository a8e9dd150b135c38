package dev.weft.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The soak (issue 14): one Weft server JVM from the fat jar, with a small heap, under moderate load
 * for minutes — 200 sessions clicking about once a second each, sessions opening and closing
 * all the time ({@link SoakChurn}), some of them uploading a file. Every sampling interval it
 * records the server's heap after a full GC, the window's p99 click latency, its open file
 * descriptors and threads ({@link SoakSample}); {@link SoakVerdict} compares the first third of
 * the samples with the last. Then every session is closed, and the server must end them all and
 * give its descriptors back. bench/reliability.sh runs it; RELIABILITY.md explains the figures.
 *
 * <pre>
 * java -cp app-fat.jar:weft-bench.jar dev.weft.bench.Soak --fat app-fat.jar --bench weft-bench.jar
 *     --java JAVA_HOME --out report.md [--short] [--minutes 10] [--rev REV] [--leak]
 * </pre>
 *
 * {@code --leak} mounts {@link dev.weft.bench.apps.LeakyCounter} (64 KiB and a file per session,
 * never given back) in place of the counter: the run must then fail, which checks the checks.
 *
 * Exits 0 when nothing leaked, 1 when something did (the report says what), 2 on a driver error.
 * Loopback only; every loop is bounded in count and in seconds.
 */
public final class Soak {

  /** The server's heap: small, so a leak shows as GC work and growth within minutes. */
  static final String SERVER_HEAP = "-Xmx512m";
  /**
   * Descriptors the idle server may hold after the load beyond those it held before (a few files
   * and pooled HTTP connections opened lazily); a leak of one per session or upload is hundreds.
   */
  static final int FD_SLACK = 20;

  /**
   * How a run is shaped. The warm-up lasts {@code warmupSeconds} and until the churn has opened
   * {@code workerPoolSize} + {@value #POOL_SLACK} sessions (at most {@value #MAX_EXTRA_WARMUP} s
   * more): the blocking handlers' pool starts a thread per task until it is full, and each churned
   * session's {@code main} is one task; sampling before it is full would count its filling as a
   * thread leak.
   */
  record Plan(String name, int sessions, double warmupSeconds, double intervalSeconds, int samples,
              int timeoutSeconds, int churnWorkers, long churnPauseMs, long thinkMs, int workerPoolSize) {

    static final int POOL_SLACK = 16;
    static final int MAX_EXTRA_WARMUP = 30;

    /** The default handler pool (64), as production runs it. */
    static Plan full(double minutes) {
      return new Plan("soak", 200, 30, 30, (int) Math.max(3, Math.round(minutes * 2)) - 1, 10, 2, 400, 1000, 64);
    }

    /**
     * About 45 s in all on an idle machine, for the suite: it catches leaks, it does not measure.
     * A pool of 16 blocking threads, so it is full within the warm-up.
     */
    static Plan brief() {
      return new Plan("soak --short", 200, 4, 4, 6, 3, 2, 100, 1000, 16);
    }

    double loadSeconds() {
      return warmupSeconds + MAX_EXTRA_WARMUP + intervalSeconds * samples;
    }
  }

  private final Plan plan;
  private final Path fat;
  private final Path benchJar;
  private final String javaHome;
  private final Path out;
  private final String rev;
  private final boolean leak;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Soak(Plan plan, Path fat, Path benchJar, String javaHome, Path out, String rev, boolean leak) {
    this.plan = plan;
    this.fat = fat;
    this.benchJar = benchJar;
    this.javaHome = javaHome;
    this.out = out;
    this.rev = rev;
    this.leak = leak;
  }

  public static void main(String[] args) {
    try {
      System.exit(parse(args).run() ? 0 : 1);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(2);
    }
  }

  private static Soak parse(String[] args) {
    Path fat = null;
    Path bench = null;
    Path out = null;
    String java = System.getProperty("java.home");
    String rev = "unknown";
    boolean brief = false;
    boolean leak = false;
    double minutes = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--fat" -> fat = Path.of(args[++i]);
        case "--bench" -> bench = Path.of(args[++i]);
        case "--java" -> java = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        case "--rev" -> rev = args[++i];
        case "--short" -> brief = true;
        case "--leak" -> leak = true;
        case "--minutes" -> minutes = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (fat == null || bench == null || out == null) {
      throw new IllegalArgumentException("--fat, --bench and --out are required");
    }
    if (minutes <= 0 || minutes > 120) {
      throw new IllegalArgumentException("--minutes must be above 0 and at most 120, got " + minutes);
    }
    return new Soak(brief ? Plan.brief() : Plan.full(minutes), fat.toAbsolutePath(),
        bench.toAbsolutePath(), java, out.toAbsolutePath(), rev, leak);
  }

  private boolean run() throws Exception {
    Path logDir = Path.of(out.toString().replaceAll("\\.md$", "") + "-logs");
    Path uploadDir = Files.createTempDirectory("weft-soak-uploads");
    Vertx vertx = Vertx.vertx();
    Server server = startServer(logDir, uploadDir);
    try {
      return soak(vertx, server);
    } finally {
      server.stop();
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      deleteTree(uploadDir);
    }
  }

  private Server startServer(Path logDir, Path uploadDir) {
    int port = Server.freePort();
    JsonObject conf = new JsonObject()
        .put("session", new JsonObject().put("timeoutSeconds", plan.timeoutSeconds))
        .put("handlers", new JsonObject().put("workerPoolSize", plan.workerPoolSize))
        .put("upload", new JsonObject().put("dir", uploadDir.toString()))
        .put("apps", new JsonObject()
            .put("/counter/", new JsonObject().put("class", leak ? "dev.weft.bench.apps.LeakyCounter"
                : "dev.weft.examples.Counter").put("title", "Counter"))
            .put("/files/", new JsonObject().put("class", "dev.weft.bench.apps.UploadCounter").put("title", "Upload")));
    List<String> args = List.of(SERVER_HEAP, "-XX:+UseG1GC", "-cp", fat + ":" + benchJar,
        "dev.weft.server.WeftLauncher", "-conf", conf.encode(), "--port", String.valueOf(port),
        "--host", "127.0.0.1");
    return Server.launch("weft-soak", javaHome, args, port, logDir).awaitListening(60);
  }

  private boolean soak(Vertx vertx, Server server) throws Exception {
    long pid = server.pid();
    try (SoakHeap heap = new SoakHeap(pid)) {
      return soak(vertx, server, heap);
    }
  }

  private boolean soak(Vertx vertx, Server server, SoakHeap heapGauge) throws Exception {
    long pid = server.pid();
    String loadBefore = SoakSample.loadAverages();
    int fdsIdle = SoakSample.openFds(pid);
    int threadsIdle = SoakSample.threadCount(pid);
    say("server pid " + pid + " on port " + server.port + ": idle with " + fdsIdle + " fds, "
        + threadsIdle + " threads; load average " + loadBefore);

    LoadClient counter = new LoadClient(vertx, server.port, "/counter/ws", true);
    LoadClient files = new LoadClient(vertx, server.port, "/files/ws", true);
    List<Session> clickers = await(counter.openMany(plan.sessions, 50), 120);
    SoakLatencies latencies = new SoakLatencies();
    AtomicBoolean running = new AtomicBoolean(true);
    for (Session s : clickers) {
      s.listener = (ss, sent, now) -> {
        latencies.add(sent, now);
        if (running.get()) {
          ss.context.owner().setTimer(think(), id -> clickIf(running, ss));
        }
      };
      s.context.runOnContext(v -> s.context.owner().setTimer(think(), id -> clickIf(running, s)));
    }
    long maxPerWorker = (long) (plan.loadSeconds() * 1000 / plan.churnPauseMs) + 1;
    SoakChurn churn = new SoakChurn(counter, files, server.port, running, plan.churnPauseMs, maxPerWorker);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < plan.churnWorkers; i++) {
      Thread t = new Thread(churn, "soak-churn-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }

    long t0 = System.nanoTime();
    List<SoakSample> samples = new ArrayList<>();
    sleepUntil(t0 + nanos(plan.warmupSeconds));
    long warmupLimit = t0 + nanos(plan.warmupSeconds + Plan.MAX_EXTRA_WARMUP);
    while (churn.opened.get() < plan.workerPoolSize + Plan.POOL_SLACK && System.nanoTime() < warmupLimit) {
      Server.sleep(250);
    }
    long t1 = System.nanoTime();
    say(String.format(java.util.Locale.ROOT, "warm-up over after %.0f s (%d sessions churned)",
        (t1 - t0) / 1e9, churn.opened.get()));
    latencies.takeWindow(); // the warm-up's clicks are not a window
    for (int i = 1; i <= plan.samples; i++) {
      sleepUntil(t1 + nanos(i * plan.intervalSeconds));
      long[] window = latencies.takeWindow();
      int fds = SoakSample.openFds(pid);
      int threads = SoakSample.threadCount(pid);
      long rss = Proc.rssKb(pid);
      long live = liveSessions(server.port);
      long gcStart = System.nanoTime();
      long heap = heapGauge.usedAfterFullGcKb();
      latencies.pause(gcStart, System.nanoTime());
      SoakSample s = new SoakSample((System.nanoTime() - t0) / 1e9, heap, Stats.ms(window, 0.99),
          window.length, fds, threads, rss, live, SoakSample.oneMinuteLoad());
      samples.add(s);
      say(String.format(java.util.Locale.ROOT,
          "%3.0f s: heap %.1f MiB after GC, p99 %.1f ms over %d clicks, %d fds, %d threads, %d live sessions, "
              + "%d churned, %d uploads, load %.2f",
          s.seconds(), heap / 1024.0, s.p99Ms(), s.clicks(), fds, threads, live, churn.opened.get(),
          churn.uploads.get(), s.load1()));
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    String loadAfter = SoakSample.loadAverages();

    // stop: no new clicks, churn workers finish their session, clicks in flight are answered
    running.set(false);
    for (Thread t : workers) {
      t.join(SoakChurn.STEP_SECONDS * 3 * 1000);
    }
    long deadline = System.nanoTime() + nanos(10);
    while (System.nanoTime() < deadline && inFlight(clickers) > 0) {
      Server.sleep(100);
    }
    long stuck = inFlight(clickers);
    long clicks = 0;
    long problems = 0;
    String firstProblem = null;
    for (Session s : clickers) {
      Object[] seen = onContext(s, () -> new Object[] {s.clicksDone, s.firstProblem});
      clicks += (Long) seen[0];
      if (seen[1] != null) {
        problems++;
        firstProblem = firstProblem == null ? (String) seen[1] : firstProblem;
      }
    }
    firstProblem = firstProblem == null ? churn.firstFailure : firstProblem;
    problems += churn.failures.get();
    for (Session s : clickers) {
      s.listener = null;
      s.context.runOnContext(v -> s.close());
    }

    // every session closed: after session.timeoutSeconds the server must have ended them all
    long ended = System.nanoTime() + nanos(plan.timeoutSeconds + 20);
    long live = liveSessions(server.port);
    while (live > 0 && System.nanoTime() < ended) {
      Server.sleep(250);
      live = liveSessions(server.port);
    }
    Map<String, Double> totals = metrics(server.port);
    counter.close();
    files.close();
    Server.sleep(500); // the driver's last connections (metrics) closing
    int fdsEnd = SoakSample.openFds(pid);
    int threadsEnd = SoakSample.threadCount(pid);
    long heapEnd = heapGauge.usedAfterFullGcKb();

    SoakVerdict verdict = new SoakVerdict(samples);
    SoakReport report = new SoakReport(plan, rev, samples, verdict);
    report.loadBefore = loadBefore;
    report.loadAfter = loadAfter;
    report.loadSeconds = loadSeconds;
    report.clicks = clicks;
    report.excludedClicks = latencies.excluded();
    report.churned = churn.opened.get();
    report.uploads = churn.uploads.get();
    report.uploadBytes = churn.uploadBytes.get();
    report.stuck = stuck;
    report.problems = problems;
    report.firstProblem = firstProblem;
    report.liveAtEnd = live;
    report.openedTotal = totals.getOrDefault("weft_sessions_opened_total", -1.0).longValue();
    report.endedTotal = totals.getOrDefault("weft_sessions_ended_total", -1.0).longValue();
    report.fdsIdle = fdsIdle;
    report.fdsEnd = fdsEnd;
    report.threadsIdle = threadsIdle;
    report.threadsEnd = threadsEnd;
    report.heapEndKb = heapEnd;
    report.serverLog = server.log;
    if (leak) {
      report.note = "**--leak: the counter is LeakyCounter (64 KiB and an open file per session, never "
          + "given back); this run must fail.**\n\n";
    }
    report.write(out);
    System.out.println(report.markdown());
    return report.passed();
  }

  private static void clickIf(AtomicBoolean running, Session s) {
    if (running.get()) {
      s.click();
    }
  }

  /** Clicks sent and not yet answered, read on each session's own event loop. */
  private static long inFlight(List<Session> sessions) throws Exception {
    long n = 0;
    for (Session s : sessions) {
      n += onContext(s, s::inFlight) ? 1 : 0;
    }
    return n;
  }

  /** {@code read} run on the session's event loop, where its fields are written. */
  private static <T> T onContext(Session s, java.util.function.Supplier<T> read) throws Exception {
    java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
    s.context.runOnContext(v -> f.complete(read.get()));
    return f.get(30, TimeUnit.SECONDS);
  }

  private long think() {
    return ThreadLocalRandom.current().nextLong(plan.thinkMs / 2, plan.thinkMs * 3 / 2 + 1);
  }

  /** Sessions the server holds, attached or waiting for their browser. */
  private long liveSessions(int port) throws Exception {
    Map<String, Double> m = metrics(port);
    Double attached = m.get("weft_sessions_attached");
    Double detached = m.get("weft_sessions_detached");
    if (attached == null || detached == null) {
      throw new IllegalStateException("/metrics shows no weft_sessions_attached/detached: is metrics.enabled off?");
    }
    return (long) (attached + detached);
  }

  /** Weft's meters from /metrics, each summed over its labels. */
  private Map<String, Double> metrics(int port) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("/metrics answered " + r.statusCode());
    }
    Map<String, Double> m = new java.util.HashMap<>();
    for (String line : r.body().split("\n")) {
      if (!line.startsWith("weft_")) {
        continue;
      }
      int nameEnd = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
      String name = line.substring(0, nameEnd);
      double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      m.merge(name, value, Double::sum);
    }
    return m;
  }

  static <T> T await(Future<T> f, long seconds) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
  }

  private static long nanos(double seconds) {
    return (long) (seconds * 1e9);
  }

  private static void sleepUntil(long nanoTime) {
    long ms = (nanoTime - System.nanoTime()) / 1_000_000;
    if (ms > 0) {
      Server.sleep(ms);
    }
  }

  static void say(String what) {
    System.err.println("== soak: " + what);
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      say("could not remove " + dir + ": " + e);
    }
  }
}
