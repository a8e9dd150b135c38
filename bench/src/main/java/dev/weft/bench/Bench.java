package dev.weft.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark driver and orchestrator (bench/run.sh runs it). This JVM is the load driver; it
 * starts every server as a JVM of its own (a fresh one per scenario run), drives it over loopback
 * WebSockets, samples CPU from /proc, writes one JSON row per measurement to a .jsonl file, and
 * finally the Markdown report ({@link Report}).
 *
 * <pre>
 * java -cp app-fat.jar:weft-bench.jar dev.weft.bench.Bench --fat app-fat.jar --bench weft-bench.jar
 *     --trivial vertx-trivial.jar --conf bench/weft-bench.json --jdk17 DIR --jdk25 DIR
 *     --out bench/results/DATE.md [--smoke] [--profile] [--only a,b]
 * </pre>
 *
 * <p>Every load loop is bounded in count and in seconds; a scenario that does not finish in
 * time fails the run.
 */
public final class Bench {

  /** The server JVMs' flags, for Weft and the echo server alike (and the startup servers). */
  static final List<String> SERVER_FLAGS = List.of("-Xmx2g", "-XX:+UseG1GC");

  final Path fatJar;
  final Path benchJar;
  final Path trivialJar;
  final Path conf;
  final String jdk17;
  final String jdk25;
  final Path out;
  final Path raw;
  final Path logDir;
  final boolean smoke;
  final boolean profile;
  final List<String> only;
  final int instances;
  String revision = "unknown";
  final Plan plan;
  final Vertx vertx;
  final List<JsonObject> rows = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  int renderBytes;
  int patchBytes;

  /** How much of everything: the full run, or the smoke test's tiny counts. */
  record Plan(int runs, long settleMs, int memoryWarm, int[] memorySteps, int memoryConcurrency, int liveClicks,
              int idleLoopSessions, double idleLoopSeconds,
              int openWarm, int openC1, int openC50,
              int[] clickSessions, double warmup, double window,
              int slowClickers, double slowWindow, double drainLimit,
              double bigWindow, int startupReps, int expiryWarm, int expirySessions) {

    static Plan full() {
      return new Plan(3, 3000, 10, new int[] {1_000, 5_000, 15_000}, 50, 20, 50, 5,
          6_000, 200, 2_000,
          new int[] {1, 50, 200}, 2, 10,
          200, 30, 60,
          5, 7, 200, 1_000);
    }

    static Plan smoke() {
      return new Plan(1, 300, 10, new int[] {40}, 50, 5, 5, 0.5,
          20, 5, 50,
          new int[] {1, 5}, 0.3, 0.7,
          10, 1, 10,
          0.7, 1, 5, 20);
    }
  }

  Bench(String[] args) {
    Path fat = null, bench = null, trivial = null, confPath = null, outPath = null;
    String j17 = System.getProperty("java.home"), j25 = null;
    boolean smokeMode = false, profileMode = false;
    List<String> onlyList = List.of();
    int inst = 1;
    int runsOverride = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--fat" -> fat = Path.of(args[++i]);
        case "--bench" -> bench = Path.of(args[++i]);
        case "--trivial" -> trivial = Path.of(args[++i]);
        case "--conf" -> confPath = Path.of(args[++i]);
        case "--jdk17" -> j17 = args[++i];
        case "--jdk25" -> j25 = args[++i].isEmpty() ? null : args[i];
        case "--out" -> outPath = Path.of(args[++i]);
        case "--instances" -> inst = Integer.parseInt(args[++i]);
        case "--smoke" -> smokeMode = true;
        case "--profile" -> profileMode = true;
        case "--only" -> onlyList = List.of(args[++i].split(","));
        case "--rev" -> revision = args[++i];
        case "--runs" -> runsOverride = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (fat == null || bench == null || trivial == null || confPath == null || outPath == null) {
      throw new IllegalArgumentException("--fat, --bench, --trivial, --conf and --out are required");
    }
    fatJar = fat.toAbsolutePath();
    benchJar = bench.toAbsolutePath();
    trivialJar = trivial.toAbsolutePath();
    conf = confPath.toAbsolutePath();
    jdk17 = j17;
    jdk25 = j25;
    out = outPath.toAbsolutePath();
    raw = Path.of(out.toString().replaceAll("\\.md$", "") + ".jsonl");
    logDir = Path.of(out.toString().replaceAll("\\.md$", "") + "-logs");
    smoke = smokeMode;
    profile = profileMode;
    for (String name : onlyList) {
      if (!SCENARIOS.contains(name)) {
        throw new IllegalArgumentException("--only: no scenario " + name + "; the scenarios are " + String.join(",", SCENARIOS));
      }
    }
    only = onlyList;
    instances = inst;
    Plan p = smoke ? Plan.smoke() : Plan.full();
    if (runsOverride > 0) { // for trying things out; the report says how many runs there were
      p = new Plan(runsOverride, p.settleMs(), p.memoryWarm(), p.memorySteps(), p.memoryConcurrency(), p.liveClicks(),
          p.idleLoopSessions(), p.idleLoopSeconds(), p.openWarm(), p.openC1(), p.openC50(),
          p.clickSessions(), p.warmup(), p.window(), p.slowClickers(), p.slowWindow(), p.drainLimit(),
          p.bigWindow(), p.startupReps(), p.expiryWarm(), p.expirySessions());
    }
    plan = p;
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
  }

  public static void main(String[] args) throws Exception {
    Bench bench;
    try {
      bench = new Bench(args);
    } catch (IllegalArgumentException e) { // a wrong argument: its message says which, no stack trace
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    int status;
    try {
      status = bench.profile ? new Profile(bench).run() : bench.run();
    } finally {
      bench.stopShared();
      bench.vertx.close().await();
    }
    System.exit(status);
  }

  /** The scenarios, in the order a full run takes them: the names {@code --only} accepts. */
  static final List<String> SCENARIOS = List.of("startup", "memory", "open", "clicks", "blocking", "async",
      "bigpage", "expiry", "clustered", "hop");
  /**
   * Scenarios whose servers join a cluster (Hazelcast's join takes 5-18 s per start here): not in
   * --smoke unless named with --only.
   */
  static final List<String> CLUSTERED = List.of("clustered", "hop");

  boolean wanted(String scenario) {
    if (smoke && only.isEmpty() && CLUSTERED.contains(scenario)) {
      return false;
    }
    return only.isEmpty() || only.contains(scenario);
  }

  /** One step of a scenario: a run of it, or all of it. */
  interface Step {
    void run() throws Exception;
  }

  /** Runs a scenario if it is wanted, and logs how long it took (bench/run.sh's header sums these). */
  private void scenario(String name, Step step) throws Exception {
    if (!wanted(name)) {
      return;
    }
    long t = System.nanoTime();
    step.run();
    log(String.format(java.util.Locale.ROOT, "scenario %s took %.0f s", name, (System.nanoTime() - t) / 1e9));
  }

  /** {@link #scenario}, its step run once per run of the plan. */
  private void perRun(String name, RunStep step) throws Exception {
    scenario(name, () -> {
      for (int run = 1; run <= plan.runs; run++) {
        step.run(run);
      }
    });
  }

  /** One run of a scenario. */
  interface RunStep {
    void run(int run) throws Exception;
  }

  int run() throws Exception {
    Files.createDirectories(out.getParent());
    Files.deleteIfExists(raw);
    long t0 = System.nanoTime();
    log("driver: JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; "
        + (smoke ? "SMOKE" : "full") + " run; logs in " + logDir);
    probeSizes();
    scenario("startup", this::startup);
    // the smoke test drives the echo server in the click scenarios only: the same driver code
    scenario("memory", () -> {
      memory(true);
      if (!smoke) {
        memory(false);
      }
    });
    perRun("open", run -> {
      openRate("weft", run);
      if (!smoke) {
        openRate("echo", run);
      }
      openRate(BLOCKING_MAIN, run);
    });
    perRun("clicks", run -> {
      clicks(true, run);
      clicks(false, run);
    });
    perRun("blocking", run -> {
      slow("blocking", jdk17, run);
      if (jdk25 != null && !smoke) {
        slow("blocking", jdk25, run);
      }
    });
    // the echo answering after a 50 ms timer is the limit (200 / 0.05 s): one run of it is enough
    perRun("async", run -> {
      slow("async", jdk17, run);
      if (run == 1) {
        slow("async-echo", jdk17, run);
      }
    });
    scenario("bigpage", this::bigPage);
    scenario("expiry", () -> new Expiry(this).run());
    Clustered clustered = new Clustered(this);
    perRun("clustered", clustered::run);
    Hop hop = new Hop(this);
    perRun("hop", hop::run);
    double minutes = (System.nanoTime() - t0) / 60e9;
    log(String.format("all scenarios done in %.1f min", minutes));
    Report.write(this, minutes);
    log("wrote " + out + " and " + raw);
    if (!problems.isEmpty()) {
      System.err.println("bench: the driver saw " + problems.size() + " problem(s):");
      problems.forEach(p -> System.err.println("  - " + p));
      return 1;
    }
    return 0;
  }

  // ------------------------------------------------------------------ servers

  /** The repository's root (bench/weft-bench.json is in bench/). */
  Path root() {
    return conf.getParent().getParent();
  }

  /** Servers the smoke test shares between scenarios, to stay within seconds. */
  private final java.util.Map<String, Server> shared = new java.util.HashMap<>();

  private Server shared(String key, java.util.function.Supplier<Server> start) {
    if (!smoke) {
      return start.get();
    }
    Server s = shared.computeIfAbsent(key, k -> start.get());
    s.shared = true;
    return s;
  }

  void stopShared() {
    shared.values().forEach(Server::stop);
    shared.clear();
  }

  Server startWeft(String javaHome, List<String> extraFlags) {
    if (extraFlags.isEmpty()) {
      return shared("weft " + javaHome, () -> launchWeft(javaHome, extraFlags));
    }
    return launchWeft(javaHome, extraFlags);
  }

  private Server launchWeft(String javaHome, List<String> extraFlags) {
    return launchWeft(javaHome, extraFlags, conf.toString());
  }

  /** A Weft server of its own; {@code confArg} is a file or inline JSON, as {@code -conf} takes. */
  Server launchWeft(String javaHome, List<String> extraFlags, String confArg) {
    String jdk = javaHome.equals(jdk17) ? "jdk17" : "jdk25";
    return startWeftProcess("weft-" + jdk, javaHome, extraFlags, confArg, java.util.Map.of()).awaitListening(60);
  }

  /**
   * A Weft JVM of its own, started but not yet listening; {@code env} is added to its environment
   * (the hop scenario's {@code WEFT_CLUSTER_*}).
   */
  Server startWeftProcess(String name, String javaHome, List<String> extraFlags, String confArg,
                          java.util.Map<String, String> env) {
    int port = Server.freePort();
    List<String> args = new ArrayList<>(SERVER_FLAGS);
    args.addAll(extraFlags);
    args.addAll(List.of("-cp", fatJar + ":" + benchJar, "dev.weft.server.WeftLauncher",
        "-conf", confArg, "--port", String.valueOf(port), "--host", "127.0.0.1",
        "-instances", String.valueOf(instances)));
    return Server.launch(name, javaHome, args, port, logDir, env);
  }

  Server startEcho(long delayMs) {
    return shared("echo " + delayMs, () -> launchEcho(delayMs));
  }

  private Server launchEcho(long delayMs) {
    int port = Server.freePort();
    List<String> args = new ArrayList<>(SERVER_FLAGS);
    args.addAll(List.of("-cp", fatJar + ":" + benchJar, "dev.weft.bench.EchoServer",
        String.valueOf(port), String.valueOf(renderBytes), String.valueOf(patchBytes),
        String.valueOf(delayMs), String.valueOf(instances)));
    return Server.launch("echo", jdk17, args, port, logDir).awaitListening(60);
  }

  Server start(boolean weft) {
    return weft ? startWeft(jdk17, List.of()) : startEcho(0);
  }

  /** Weft's counter render and patch sizes, which the echo server then answers with. */
  void probeSizes() throws Exception {
    try (Server weft = startWeft(jdk17, List.of());
         LoadClient client = new LoadClient(vertx, weft.port, "/counter/ws", true)) {
      Session s = await(client.open(), 30);
      s.measureBytes = true;
      for (int i = 0; i < 3; i++) {
        CountDownLatch got = new CountDownLatch(1);
        s.listener = (ss, sent, now) -> got.countDown();
        s.context.runOnContext(v -> s.click());
        if (!got.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("no patch for the probe click: " + s.firstProblem);
        }
      }
      renderBytes = s.renderBytes;
      // the 3rd patch has a 1-digit seq and value; clicking sessions reach about 4 digits each
      patchBytes = s.lastUpdateBytes - 2 + 8;
      check("probe", List.of(s));
      s.close();
      log("probe: Weft's counter render is " + renderBytes + " B, its patch " + s.lastUpdateBytes
          + " B (" + patchBytes + " B with 4-digit seq and value): the echo server answers with these");
    }
  }

  // ------------------------------------------------------------------ scenarios

  /** Idle memory per session, Flet's method; then liveness clicks and a click loop among them. */
  void memory(boolean weft) throws Exception {
    String target = weft ? "weft" : "echo";
    try (Server server = start(weft);
         LoadClient client = new LoadClient(vertx, server.port, "/counter/ws", weft)) {
      List<Session> held = new ArrayList<>(await(client.openMany(plan.memoryWarm, plan.memoryWarm), 60));
      Server.sleep(plan.settleMs);
      long heap0 = Proc.heapAfterFullGcKb(jdk17, server.pid());
      long rss0 = Proc.rssKb(server.pid());
      log(target + " memory: baseline after " + plan.memoryWarm + " sessions: heap " + heap0
          + " KiB, RSS " + rss0 + " KiB");
      int warm = held.size();
      for (int step : plan.memorySteps) {
        long t = System.nanoTime();
        int more = step - (held.size() - warm);
        held.addAll(await(client.openMany(more, plan.memoryConcurrency), 300));
        double openSeconds = (System.nanoTime() - t) / 1e9;
        Server.sleep(plan.settleMs);
        long heap = Proc.heapAfterFullGcKb(jdk17, server.pid());
        long rss = Proc.rssKb(server.pid());
        JsonObject row = row("memory", target).put("sessions", step)
            .put("heapKb", heap).put("rssKb", rss).put("heap0Kb", heap0).put("rss0Kb", rss0)
            .put("heapPerSession", (heap - heap0) * 1024.0 / step)
            .put("rssPerSession", (rss - rss0) * 1024.0 / step)
            .put("openSeconds", Stats.round(openSeconds, 2));
        add(row);
      }
      // 20 random held sessions click once: they are live
      List<Session> sample = new ArrayList<>(held.subList(warm, held.size()));
      Collections.shuffle(sample, new Random(42));
      List<Session> live = sample.subList(0, Math.min(plan.liveClicks, sample.size()));
      Loop liveLoop = closedLoop(live, server.pid(), 0, 0, true, 30);
      add(row("live", target).put("sessions", held.size() - warm).put("clicked", live.size())
          .put("answered", liveLoop.events).put("p50", liveLoop.ms(0.5)).put("max", liveLoop.ms(1.0)));
      // a click loop among the held idle sessions: latency with 15k sessions on the server
      List<Session> loopers = sample.subList(0, Math.min(plan.idleLoopSessions, sample.size()));
      Loop loop = closedLoop(loopers, server.pid(), smoke ? 0.3 : 5, plan.idleLoopSeconds, false, 30);
      add(loop.describe(row("clicks-idle", target).put("sessions", loopers.size())
          .put("idle", held.size() - warm)));
      check("memory " + target, held);
      held.forEach(Session::close);
    }
  }

  /** The open scenario's third target: the demo's counter page built by a blocking {@code main}. */
  static final String BLOCKING_MAIN = "weft-blocking-main";

  /**
   * Sessions opened per second at concurrency 1 and 50, after a warm-up. {@code target}: "weft"
   * (the demo's counter), "echo", or {@link #BLOCKING_MAIN} (the same page from an {@code App}
   * whose main runs on the worker pool: bench/weft-bench.json's /blocking-main/).
   */
  void openRate(String target, int run) throws Exception {
    boolean weft = !target.equals("echo");
    String path = target.equals(BLOCKING_MAIN) ? "/blocking-main/ws" : "/counter/ws";
    try (Server server = start(weft);
         LoadClient client = new LoadClient(vertx, server.port, path, weft)) {
      // warm-up: open sessions, then close them (their fds are freed; the server keeps them
      // detached), so the JIT has compiled the open path before the measurement
      List<Session> warm = await(client.openMany(plan.openWarm, 50), 120);
      check("open warm-up " + target, warm, false);
      warm.forEach(Session::close);
      Server.sleep(smoke ? 100 : 1000);
      List<Session> all = new ArrayList<>();
      for (int[] nc : new int[][] {{plan.openC1, 1}, {plan.openC50, 50}}) {
        Proc.Window w = new Proc.Window(server.pid());
        long t0 = System.nanoTime();
        List<Session> opened = await(client.openMany(nc[0], nc[1]), 120);
        long end = opened.stream().mapToLong(s -> s.renderedAt).max().orElse(t0);
        double[] cpu = w.end();
        long[] lat = opened.stream().mapToLong(s -> s.renderedAt - s.connectStart).sorted().toArray();
        double seconds = (end - t0) / 1e9;
        add(cpu(row("open", target).put("run", run).put("concurrency", nc[1]).put("sessions", nc[0])
            .put("rate", Stats.round(nc[0] / seconds, 1)).put("p50", Stats.round(Stats.ms(lat, 0.5), 3))
            .put("p99", Stats.round(Stats.ms(lat, 0.99), 3))
            .put("cpuUsPerEvent", Stats.round(cpu[6] * 1e6 / nc[0], 1))
            .put("ctxSwitchesPerEvent", Stats.round(w.contextSwitches / (double) nc[0], 2))
            .put("threads", w.busiestThreads), cpu));
        all.addAll(opened);
      }
      check("open " + target, all, false);
      all.forEach(Session::close);
    }
  }

  void clicks(boolean weft, int run) throws Exception {
    String target = weft ? "weft" : "echo";
    try (Server server = start(weft);
         LoadClient client = new LoadClient(vertx, server.port, "/counter/ws", weft)) {
      for (int n : plan.clickSessions) {
        List<Session> sessions = await(client.openMany(n, 50), 60);
        Loop loop = closedLoop(sessions, server.pid(), plan.warmup, plan.window, false, 30);
        add(loop.describe(row("clicks", target).put("run", run).put("sessions", n)));
        check("clicks " + target + " " + n, sessions);
        sessions.forEach(Session::close);
      }
    }
  }

  /** blocking (JDK 17 or 25), async (Weft) or async-echo (echo answering after 50 ms). */
  void slow(String kind, String javaHome, int run) throws Exception {
    boolean echo = kind.equals("async-echo");
    String jdk = javaHome.equals(jdk17) ? "17" : "25";
    try (Server server = echo ? startEcho(50) : startWeft(javaHome, List.of());
         LoadClient client = new LoadClient(vertx, server.port,
             kind.equals("blocking") ? "/blocking/ws" : "/async/ws", !echo)) {
      List<Session> sessions = await(client.openMany(plan.slowClickers, 50), 60);
      Loop loop = closedLoop(sessions, server.pid(), smoke ? 0.3 : 2, plan.slowWindow, true, plan.drainLimit);
      String executor = "";
      if (kind.equals("blocking")) {
        String log = Files.readString(server.log);
        executor = log.contains("virtual threads") ? "virtual threads"
            : log.contains("worker pool of ") ? log.replaceAll("(?s).*(a worker pool of \\d+ threads).*", "$1")
            : "?";
      }
      add(loop.describe(row(echo ? "async" : kind, echo ? "echo" : "weft").put("run", run)
          .put("jdk", jdk).put("sessions", sessions.size()).put("executor", executor)));
      check(kind + " jdk" + jdk, sessions);
      sessions.forEach(Session::close);
    }
  }

  void bigPage() throws Exception {
    try (Server server = startWeft(jdk17, List.of());
         LoadClient big = new LoadClient(vertx, server.port, "/bigpage/ws", true);
         LoadClient counter = new LoadClient(vertx, server.port, "/counter/ws", true)) {
      JsonObject row = row("bigpage", "weft");
      long t = System.nanoTime();
      Session page = await(big.open(), 60);
      row.put("renderBytes", page.renderBytes)
          .put("renderMs", Stats.round((page.renderedAt - t) / 1e6, 1));
      page.measureBytes = true;
      Loop bigLoop = closedLoop(List.of(page), server.pid(), plan.warmup, plan.bigWindow, false, 30);
      Session small = await(counter.open(), 60);
      Loop smallLoop = closedLoop(List.of(small), server.pid(), plan.warmup, plan.bigWindow, false, 30);
      double avgBytes = page.updateBytesSum / (double) Math.max(1, page.clicksDone);
      row.put("updates", bigLoop.events)
          .put("patchBytesAvg", Stats.round(avgBytes, 1)).put("patchBytesMax", page.updateBytesMax)
          .put("frameBytesMax", page.updateBytesMax + (page.updateBytesMax <= 125 ? 2 : 4))
          .put("p50", bigLoop.ms(0.5)).put("p99", bigLoop.ms(0.99))
          .put("counterP50", smallLoop.ms(0.5)).put("counterP99", smallLoop.ms(0.99))
          .put("cpuUsPerEvent", bigLoop.cpuUsPerEvent()).put("counterCpuUsPerEvent", smallLoop.cpuUsPerEvent())
          .put("otherCores", Stats.round(Math.max(bigLoop.cpu[2], smallLoop.cpu[2]), 2))
          .put("flagged", bigLoop.cpu[2] >= 0.1 || smallLoop.cpu[2] >= 0.1);
      row.put("inProcess", inProcessBigPage());
      add(row);
      check("bigpage", List.of(page, small));
      page.close();
      small.close();
    }
  }

  /** {@link BigPageTiming} in a JVM of its own with the server's flags. */
  JsonObject inProcessBigPage() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(jdk17 + "/bin/java");
    cmd.addAll(SERVER_FLAGS);
    cmd.addAll(List.of("-cp", fatJar + ":" + benchJar, "dev.weft.bench.BigPageTiming",
        smoke ? "300" : "20000"));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("BigPageTiming failed: " + output);
    }
    return new JsonObject(output.substring(output.lastIndexOf('\n') + 1));
  }

  /** Process start → first page served, for Weft and a trivial Vert.x server; AppCDS too. */
  void startup() throws Exception {
    JsonObject weftConf = new JsonObject().put("apps", new JsonObject().put("/", "dev.weft.examples.Counter"));
    Path cds = Files.createDirectories(logDir.resolve("cds"));
    List<String[]> variants = new ArrayList<>();
    variants.add(new String[] {"weft", ""});
    variants.add(new String[] {"trivial", ""});
    if (!smoke) {
      for (String name : new String[] {"weft", "trivial"}) {
        Path jsa = cds.resolve(name + ".jsa");
        Files.deleteIfExists(jsa);
        try (Server s = launchStartup(name, weftConf, "-XX:ArchiveClassesAtExit=" + jsa)) {
          awaitPage(s, name.equals("weft"));
          s.stopGracefully(); // the archive is written when the JVM exits normally
        }
        if (Files.exists(jsa)) {
          variants.add(new String[] {name + "+AppCDS", "-XX:SharedArchiveFile=" + jsa});
        } else {
          log("startup: no AppCDS archive was written for " + name + "; skipping that row");
        }
      }
    }
    double[][] page = new double[variants.size()][plan.startupReps];
    double[][] render = new double[variants.size()][plan.startupReps];
    double[][] cpuMs = new double[variants.size()][plan.startupReps];
    double[][] others = new double[variants.size()][plan.startupReps];
    for (int rep = 0; rep < plan.startupReps; rep++) {
      for (int v = 0; v < variants.size(); v++) {
        String name = variants.get(v)[0];
        long[] m0 = Proc.machineTicks();
        long d0 = Proc.cpuTicks(ProcessHandle.current().pid());
        try (Server s = launchStartup(name.replace("+AppCDS", ""), weftConf, variants.get(v)[1])) {
          double[] t = awaitPage(s, name.startsWith("weft"));
          // the server's CPU time from its start to the first page, read at that page for both
          // (Weft's render and click afterwards are not counted: the trivial server has none)
          long server = (long) t[2];
          long[] m1 = Proc.machineTicks();
          long d1 = Proc.cpuTicks(ProcessHandle.current().pid());
          double seconds = (System.nanoTime() - s.startedAt) / 1e9;
          page[v][rep] = t[0];
          render[v][rep] = t[1];
          cpuMs[v][rep] = server * 1000 / Proc.TICKS_PER_SECOND;
          others[v][rep] = Math.max(0, (m1[0] - m0[0]) - server - (d1 - d0)) / Proc.TICKS_PER_SECOND / seconds;
        }
      }
    }
    for (int v = 0; v < variants.size(); v++) {
      String name = variants.get(v)[0];
      boolean isWeft = name.startsWith("weft");
      double worst = Arrays.stream(others[v]).max().orElse(0);
      JsonObject row = row("startup", name).put("firstPageMs", Stats.round(Stats.median(page[v]), 0))
          .put("runs", new JsonArray(Arrays.stream(page[v]).map(x -> Stats.round(x, 0)).boxed().toList()))
          .put("cpuMs", Stats.round(Stats.median(cpuMs[v]), 0))
          .put("cpuRuns", new JsonArray(Arrays.stream(cpuMs[v]).map(x -> Stats.round(x, 0)).boxed().toList()))
          .put("otherCores", Stats.round(worst, 2)).put("flagged", worst >= 0.10)
          .put("jarBytes", Files.size(isWeft ? fatJar : trivialJar));
      if (isWeft) {
        row.put("firstRenderMs", Stats.round(Stats.median(render[v]), 0));
      }
      add(row);
    }
  }

  private Server launchStartup(String name, JsonObject weftConf, String extraFlag) {
    int port = Server.freePort();
    List<String> args = new ArrayList<>(SERVER_FLAGS);
    if (!extraFlag.isEmpty()) {
      args.add(extraFlag);
    }
    if (name.equals("weft")) {
      args.addAll(List.of("-jar", fatJar.toString(), "-conf", weftConf.encode(),
          "--port", String.valueOf(port), "--host", "127.0.0.1"));
    } else {
      args.addAll(List.of("-jar", trivialJar.toString(), "-conf",
          new JsonObject().put("port", port).encode()));
    }
    return Server.launch("startup-" + name, jdk17, args, port, logDir);
  }

  /**
   * Polls GET / until 200; for Weft then opens a session: ms from process start to each, and the
   * server's CPU ticks when the page was served.
   */
  private double[] awaitPage(Server s, boolean weft) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!s.process.isAlive()) {
        throw new IllegalStateException(s.name + " exited:\n" + s.tail());
      }
      if (httpOk(s.port)) {
        double pageMs = (System.nanoTime() - s.startedAt) / 1e6;
        long cpuAtPage = Proc.cpuTicks(s.pid());
        double renderMs = Double.NaN;
        if (weft) {
          try (LoadClient c = new LoadClient(vertx, s.port, "/ws", true)) {
            Session session = await(c.open(), 30);
            renderMs = (session.renderedAt - s.startedAt) / 1e6;
            CountDownLatch clicked = new CountDownLatch(1);
            session.listener = (ss, sent, now) -> clicked.countDown();
            session.context.runOnContext(v -> session.click());
            clicked.await(10, TimeUnit.SECONDS);
            session.close();
          }
        }
        return new double[] {pageMs, renderMs, cpuAtPage};
      }
      Server.sleep(5);
    }
    throw new IllegalStateException(s.name + " served no page within 60 s:\n" + s.tail());
  }

  private static boolean httpOk(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 100);
      socket.setSoTimeout(2000);
      OutputStream o = socket.getOutputStream();
      o.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      o.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      boolean ok = new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
      if (ok) {
        in.readAllBytes(); // the whole page
      }
      return ok;
    } catch (IOException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------ the closed loop

  /** What one closed-loop run saw. */
  static final class Loop {
    long[] latencies;    // sorted, ns
    int events;
    double seconds;
    double rate;
    double[] cpu;        // Proc.Window.end()
    String threads = "";
    long contextSwitches;
    int windowEvents;
    int stuck;
    double peerCpuSeconds; // closedLoop's peerPid over the window

    double ms(double q) {
      return Stats.round(Stats.ms(latencies, q), 3);
    }

    double cpuUsPerEvent() {
      return Stats.round(cpu[6] * 1e6 / Math.max(1, windowEvents), 1);
    }

    /**
     * Sleeps until {@code from}, then measures the machine until {@code stopAt}: the server's CPU,
     * its threads and context switches, and the peer's CPU ({@code peerPid}, 0 for none), which is
     * taken out of the other processes' share (it is a server here, not noise).
     */
    static Loop measure(long serverPid, long peerPid, long from, long stopAt) {
      sleepUntil(from);
      Proc.Window w = new Proc.Window(serverPid);
      long peer0 = peerPid > 0 ? Proc.cpuTicks(peerPid) : 0;
      sleepUntil(stopAt);
      Loop m = new Loop();
      m.cpu = w.end();
      m.peerCpuSeconds = peerPid > 0 ? (Proc.cpuTicks(peerPid) - peer0) / Proc.TICKS_PER_SECOND : 0;
      m.cpu[2] = Math.max(0, m.cpu[2] - m.peerCpuSeconds / m.cpu[5]);
      m.threads = w.busiestThreads;
      m.contextSwitches = w.contextSwitches;
      return m;
    }

    /** This loop with the machine's figures of {@code measured} ({@link #measure}). */
    Loop machine(Loop measured) {
      cpu = measured.cpu;
      peerCpuSeconds = measured.peerCpuSeconds;
      threads = measured.threads;
      contextSwitches = measured.contextSwitches;
      return this;
    }

    /**
     * The latencies the sessions recorded, sorted: with {@code drain}, of the clicks sent inside the
     * window [from, stopAt); otherwise of the answers that arrived inside it (all, for a window of 0).
     */
    static Loop collect(List<Session> sessions, long from, long stopAt, double window, boolean drain) {
      Loop loop = new Loop();
      long[] lat = new long[sessions.stream().mapToInt(s -> s.recordCount / 2).sum()];
      int n = 0;
      int inWindow = 0;
      long lastDone = from;
      for (Session s : sessions) {
        for (int i = 0; i < s.recordCount; i += 2) {
          long sent = s.records[i];
          long got = s.records[i + 1];
          if (got >= from && got < stopAt) {
            inWindow++;
          }
          boolean counted = window == 0 || (drain ? sent >= from && sent < stopAt : got >= from && got < stopAt);
          if (counted) {
            lat[n++] = got - sent;
            lastDone = Math.max(lastDone, got);
          }
        }
      }
      loop.latencies = Arrays.copyOf(lat, n);
      Arrays.sort(loop.latencies);
      loop.events = n;
      loop.windowEvents = inWindow;
      loop.seconds = drain ? (lastDone - from) / 1e9 : (stopAt - from) / 1e9;
      loop.rate = n / Math.max(1e-9, loop.seconds);
      return loop;
    }

    JsonObject describe(JsonObject row) {
      row.put("events", events).put("seconds", Stats.round(seconds, 2)).put("rate", Stats.round(rate, 1))
          .put("p50", ms(0.5)).put("p99", ms(0.99)).put("p999", ms(0.999)).put("max", ms(1.0))
          .put("cpuUsPerEvent", cpuUsPerEvent()).put("stuck", stuck)
          .put("ctxSwitchesPerEvent", Stats.round(contextSwitches / (double) Math.max(1, windowEvents), 2))
          .put("threads", threads);
      return cpu(row, cpu);
    }
  }

  /**
   * Each session clicks as soon as its previous update arrived. After {@code warmup} seconds a
   * window of {@code window} seconds is measured, then no new clicks are sent and the loop waits
   * for the clicks in flight (at most {@code drainLimit} seconds).
   *
   * @param drain false: events are the updates that arrived inside the window (clicks); true:
   *     events are the clicks sent inside the window, all completed, and the rate is their count
   *     over (last completion − window start) (blocking and async, as the issue defines them)
   */
  Loop closedLoop(List<Session> sessions, long serverPid, double warmup, double window,
                  boolean drain, double drainLimit) throws InterruptedException {
    return closedLoop(sessions, serverPid, 0, warmup, window, drain, drainLimit);
  }

  /**
   * {@link #closedLoop}, with a second server process ({@code peerPid}, 0 for none) whose CPU time
   * over the window goes into {@link Loop#peerCpuSeconds} instead of the other processes' share:
   * the instance that holds the sockets when the sessions live in {@code serverPid} (hop).
   */
  Loop closedLoop(List<Session> sessions, long serverPid, long peerPid, double warmup, double window,
                  boolean drain, double drainLimit) throws InterruptedException {
    long t0 = System.nanoTime();
    long from = t0 + (long) (warmup * 1e9);
    long stopAt = from + (long) (window * 1e9);
    AtomicInteger active = new AtomicInteger(sessions.size());
    CountDownLatch done = new CountDownLatch(1);
    for (Session s : sessions) {
      s.recordCount = 0;
      s.listener = (ss, sent, now) -> {
        if (now >= from) {
          ss.record(sent, now);
        }
        if (now < stopAt) {
          ss.click();
        } else if (active.decrementAndGet() == 0) {
          done.countDown();
        }
      };
    }
    for (Session s : sessions) {
      s.context.runOnContext(v -> s.click());
    }
    Loop measured = Loop.measure(serverPid, peerPid, from, stopAt);
    boolean finished = done.await((long) (drainLimit * 1000), TimeUnit.MILLISECONDS);
    Loop loop = Loop.collect(sessions, from, stopAt, window, drain).machine(measured);
    loop.stuck = finished ? 0 : active.get();
    for (Session s : sessions) {
      s.listener = null;
    }
    return loop;
  }

  private static void sleepUntil(long nanoTime) {
    long ms = (nanoTime - System.nanoTime()) / 1_000_000;
    if (ms > 0) {
      Server.sleep(ms);
    }
  }

  // ------------------------------------------------------------------ results

  JsonObject row(String scenario, String target) {
    return new JsonObject().put("scenario", scenario).put("target", target);
  }

  static JsonObject cpu(JsonObject row, double[] cpu) {
    return row.put("serverCores", Stats.round(cpu[0], 2)).put("driverCores", Stats.round(cpu[1], 2))
        .put("otherCores", Stats.round(cpu[2], 2)).put("irqCores", Stats.round(cpu[3], 2))
        .put("stealCores", Stats.round(cpu[4], 2)).put("serverKernelShare", Stats.round(cpu[7], 2))
        .put("flagged", cpu[2] >= 0.10);
  }

  void add(JsonObject row) throws IOException {
    rows.add(row);
    if (row.getInteger("stuck", 0) > 0) { // clicks still unanswered when the loop's drain time ran out
      problems.add(row.getString("scenario") + " " + row.getString("target") + ": " + row.getInteger("stuck")
          + " session(s) got no update within the drain time");
      if (smoke) {
        throw new IllegalStateException("smoke: stuck clicks: " + row.encode());
      }
    }
    Object rate = row.getValue("rate");
    if (rate instanceof Number r && !(r.doubleValue() > 0)) {
      problems.add(row.getString("scenario") + " " + row.getString("target") + ": rate " + rate);
      if (smoke) {
        throw new IllegalStateException("smoke: a zero rate: " + row.encode());
      }
    }
    Files.writeString(raw, row.encode() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    log(row.encode());
  }

  /** Records what the driver saw go wrong; the smoke test fails at once. */
  void check(String what, List<Session> sessions) {
    check(what, sessions, true);
  }

  void check(String what, List<Session> sessions, boolean needPatches) {
    long renders = 0, patches = 0, errors = 0, gaps = 0, wrong = 0, acksIn = 0, acksOut = 0;
    String first = null;
    for (Session s : sessions) {
      acksIn += s.acksReceived;
      acksOut += s.acksSent;
      renders += s.renders;
      patches += s.patches;
      errors += s.errors;
      gaps += s.seqGaps;
      wrong += s.wrongValues;
      if (first == null && s.firstProblem != null) {
        first = s.firstProblem;
      }
    }
    String problem = null;
    if (renders < sessions.size()) {
      problem = what + ": " + renders + " renders for " + sessions.size() + " sessions";
    } else if (errors + gaps + wrong > 0) {
      problem = what + ": " + errors + " error messages, " + gaps + " seq gaps, " + wrong
          + " patches without the expected value; first: " + first;
    } else if (first != null) {
      problem = what + ": " + first;
    } else if (needPatches && patches == 0) {
      problem = what + ": no patches at all";
    }
    if (problem != null) {
      problems.add(problem);
      if (smoke) {
        throw new IllegalStateException("smoke: " + problem);
      }
      log("PROBLEM " + problem);
    }
    if (smoke) {
      log("smoke check " + what + ": " + renders + " renders, " + patches + " patches, " + acksIn
          + " acks received, " + acksOut + " acks sent, no problems");
    }
  }

  static <T> T await(Future<T> future, double seconds) throws Exception {
    return future.toCompletionStage().toCompletableFuture()
        .get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
  }

  static void log(String line) {
    System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
  }
}
