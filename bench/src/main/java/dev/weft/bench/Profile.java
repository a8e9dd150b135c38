package dev.weft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code bench/run.sh --profile}: where the time and memory go. JFR (started with jcmd for
 * exactly the measured window, settings=profile, deep stacks) on the click loop at 200 sessions
 * and on opening sessions at concurrency 50, for Weft and for the raw echo; and heap histograms
 * ({@code jcmd GC.class_histogram}, live objects after a full GC) before and after opening
 * 15,000 idle sessions, divided per session. Writes a Markdown summary next to the .jfr files.
 */
final class Profile {

  private final Bench bench;
  private final StringBuilder md = new StringBuilder();

  Profile(Bench bench) {
    this.bench = bench;
  }

  private Path settings;
  private final Map<String, Map<String, double[]>> perSession = new HashMap<>();

  int run() throws Exception {
    Files.createDirectories(bench.logDir);
    // the JDK's profile settings, sampling Java stacks every 1 ms instead of 10 (more samples)
    String jfc = Files.readString(Path.of(bench.jdk17, "lib", "jfr", "profile.jfc"));
    settings = bench.logDir.resolve("bench-profile.jfc");
    Files.writeString(settings, jfc.replace(
        "<setting name=\"period\" control=\"method-sampling-java-interval\">10 ms</setting>",
        "<setting name=\"period\" control=\"method-sampling-java-interval\">1 ms</setting>"));
    bench.probeSizes();
    md.append("# Weft profile, ").append(java.time.LocalDate.now()).append("\n\n")
        .append("`bench/run.sh --profile`: JFR (the JDK's profile settings with Java samples every 1 ms, stackdepth=256) for the "
            + "measured window only (jcmd JFR.start/JFR.stop), and class histograms of live objects "
            + "(jcmd GC.class_histogram runs a full GC first). Server flags: `")
        .append(String.join(" ", Bench.SERVER_FLAGS)).append("`, JDK 17. Recordings: `")
        .append(bench.logDir).append("`.\n\n");
    int sessions = bench.smoke ? 5 : 200;
    double window = bench.smoke ? 1 : 20;
    for (boolean weft : new boolean[] {true, false}) {
      clicks(weft, sessions, window);
    }
    for (boolean weft : new boolean[] {true, false}) {
      open(weft, bench.smoke ? 50 : 8_000);
    }
    for (boolean weft : new boolean[] {true, false}) {
      memory(weft, bench.smoke ? 50 : 15_000);
    }
    memoryDifference();
    Files.writeString(bench.out, md.toString());
    Bench.log("wrote " + bench.out);
    return 0;
  }

  private Server start(boolean weft) {
    return weft ? bench.startWeft(bench.jdk17, List.of("-XX:FlightRecorderOptions:stackdepth=256"))
        : bench.startEcho(0);
  }

  private void clicks(boolean weft, int n, double window) throws Exception {
    String target = weft ? "weft" : "echo";
    Path jfr = bench.logDir.resolve("clicks-" + n + "-" + target + ".jfr");
    try (Server server = start(weft);
         LoadClient client = new LoadClient(bench.vertx, server.port, "/counter/ws", weft)) {
      List<Session> s = Bench.await(client.openMany(n, 50), 60);
      bench.closedLoop(s, server.pid(), 0, 3, false, 30); // warm up the JIT
      Proc.jcmd(bench.jdk17, server.pid(), "JFR.start", "name=bench", "settings=" + settings);
      Bench.Loop loop = bench.closedLoop(s, server.pid(), 0, window, false, 30);
      Proc.jcmd(bench.jdk17, server.pid(), "JFR.stop", "name=bench", "filename=" + jfr);
      bench.check("profile clicks " + target, s);
      md.append("## Clicks, ").append(n).append(" sessions, ").append(target).append("\n\n")
          .append(String.format(Locale.ROOT, "%,d events in %.0f s: %,.0f/s, p50 %.3f ms, p99 %.3f ms; "
                  + "server %.2f cores = %.1f µs of CPU per event (%.0f%% in the kernel), %.2f context "
                  + "switches per event; driver %.2f cores; others %.2f. Busiest server threads (cores): %s.%n%n",
              loop.events, loop.seconds, loop.rate, loop.ms(0.5), loop.ms(0.99), loop.cpu[0],
              loop.cpuUsPerEvent(), 100 * loop.cpu[7], loop.contextSwitches / (double) Math.max(1, loop.windowEvents),
              loop.cpu[1], loop.cpu[2], loop.threads));
      summarize(jfr, loop.windowEvents);
      s.forEach(Session::close);
    }
  }

  private void open(boolean weft, int n) throws Exception {
    String target = weft ? "weft" : "echo";
    Path jfr = bench.logDir.resolve("open-" + target + ".jfr");
    try (Server server = start(weft);
         LoadClient client = new LoadClient(bench.vertx, server.port, "/counter/ws", weft)) {
      List<Session> warm = Bench.await(client.openMany(bench.smoke ? 20 : 6_000, 50), 120);
      warm.forEach(Session::close);
      Server.sleep(1000);
      List<Session> all = new ArrayList<>();
      Proc.jcmd(bench.jdk17, server.pid(), "JFR.start", "name=bench", "settings=" + settings);
      Proc.Window w = new Proc.Window(server.pid());
      long t0 = System.nanoTime();
      List<Session> opened = Bench.await(client.openMany(n, 50), 300);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double[] cpu = w.end();
      Proc.jcmd(bench.jdk17, server.pid(), "JFR.stop", "name=bench", "filename=" + jfr);
      all.addAll(opened);
      bench.check("profile open " + target, all, false);
      md.append("## Opening sessions (concurrency 50), ").append(target).append("\n\n")
          .append(String.format(Locale.ROOT, "%,d sessions (after 6,000 opened and closed to warm up) in %.2f s: %,.0f/s; server %.2f cores = "
                  + "%.0f µs of CPU per session (%.0f%% in the kernel), %.1f context switches per session; "
                  + "driver %.2f cores; others %.2f. Busiest server threads (cores): %s.%n%n",
              n, seconds, n / seconds, cpu[0], cpu[6] * 1e6 / n, 100 * cpu[7], w.contextSwitches / (double) n,
              cpu[1], cpu[2], w.busiestThreads));
      summarize(jfr, n);
      all.forEach(Session::close);
    }
  }

  private void memory(boolean weft, int n) throws Exception {
    String target = weft ? "weft" : "echo";
    try (Server server = start(weft);
         LoadClient client = new LoadClient(bench.vertx, server.port, "/counter/ws", weft)) {
      List<Session> held = new ArrayList<>(Bench.await(client.openMany(10, 10), 60));
      Server.sleep(3000);
      Map<String, long[]> before = histogram(Proc.jcmd(bench.jdk17, server.pid(), "GC.class_histogram"));
      held.addAll(Bench.await(client.openMany(n, 50), 300));
      Server.sleep(3000);
      String after = Proc.jcmd(bench.jdk17, server.pid(), "GC.class_histogram");
      Files.writeString(bench.logDir.resolve("histogram-" + target + "-" + n + ".txt"), after);
      Map<String, long[]> now = histogram(after);
      bench.check("profile memory " + target, held, false);
      List<Map.Entry<String, double[]>> diff = new ArrayList<>();
      double total = 0;
      for (Map.Entry<String, long[]> e : now.entrySet()) {
        long[] b = before.getOrDefault(e.getKey(), new long[2]);
        double instances = (e.getValue()[0] - b[0]) / (double) n;
        double bytes = (e.getValue()[1] - b[1]) / (double) n;
        total += bytes;
        diff.add(Map.entry(e.getKey(), new double[] {instances, bytes}));
      }
      diff.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[1]));
      Map<String, double[]> byClass = new HashMap<>();
      diff.forEach(e -> byClass.put(e.getKey(), e.getValue()));
      perSession.put(target, byClass);
      md.append("## Idle memory, ").append(target).append(": live heap per session (")
          .append(String.format(Locale.ROOT, "%,d", n)).append(" sessions)\n\n")
          .append(String.format(Locale.ROOT, "All classes together: %,.0f bytes per session. "
              + "The 30 largest:%n%n", total))
          .append("| class | instances per session | bytes per session | share |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, double[]> e : diff.subList(0, Math.min(30, diff.size()))) {
        md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %,.0f | %.1f%% |%n", e.getKey(),
            e.getValue()[0], e.getValue()[1], 100 * e.getValue()[1] / total));
      }
      md.append('\n');
      // 50 of the held sessions click in a closed loop: what does a click cost with n sessions held?
      List<Session> loopers = held.subList(held.size() - Math.min(50, n), held.size());
      bench.closedLoop(loopers, server.pid(), 0, bench.smoke ? 0.5 : 5, false, 30);
      Path jfr = bench.logDir.resolve("clicks-50-with-" + n + "-held-" + target + ".jfr");
      Proc.jcmd(bench.jdk17, server.pid(), "JFR.start", "name=bench", "settings=" + settings);
      Bench.Loop loop = bench.closedLoop(loopers, server.pid(), 0, bench.smoke ? 1 : 10, false, 30);
      Proc.jcmd(bench.jdk17, server.pid(), "JFR.stop", "name=bench", "filename=" + jfr);
      bench.check("profile clicks with sessions held " + target, loopers);
      md.append("## Clicks, 50 sessions, while ").append(String.format(Locale.ROOT, "%,d", n))
          .append(" idle sessions are held, ").append(target).append("\n\n")
          .append(String.format(Locale.ROOT, "%,d events in %.0f s: %,.0f/s, p50 %.3f ms, p99 %.3f ms; "
                  + "server %.2f cores = %.1f µs of CPU per event (%.0f%% in the kernel), %.2f context "
                  + "switches per event; driver %.2f cores; others %.2f. Busiest server threads (cores): %s.%n%n",
              loop.events, loop.seconds, loop.rate, loop.ms(0.5), loop.ms(0.99), loop.cpu[0],
              loop.cpuUsPerEvent(), 100 * loop.cpu[7], loop.contextSwitches / (double) Math.max(1, loop.windowEvents),
              loop.cpu[1], loop.cpu[2], loop.threads));
      summarize(jfr, loop.windowEvents);
      held.forEach(Session::close);
    }
  }

  /** Which classes Weft's session holds beyond a raw WebSocket connection's. */
  private void memoryDifference() {
    Map<String, double[]> weft = perSession.get("weft");
    Map<String, double[]> echo = perSession.get("echo");
    if (weft == null || echo == null) {
      return;
    }
    Set<String> classes = new HashSet<>(weft.keySet());
    classes.addAll(echo.keySet());
    List<Map.Entry<String, double[]>> rows = new ArrayList<>();
    double total = 0;
    for (String c : classes) {
      double[] w = weft.getOrDefault(c, new double[2]);
      double[] e = echo.getOrDefault(c, new double[2]);
      rows.add(Map.entry(c, new double[] {w[0] - e[0], w[1] - e[1], w[1], e[1]}));
      total += w[1] - e[1];
    }
    // by owner, as far as the class says: JDK classes and arrays belong to any of the others
    Map<String, double[]> groups = new LinkedHashMap<>();
    for (String c : classes) {
      double[] w = weft.getOrDefault(c, new double[2]);
      double[] e = echo.getOrDefault(c, new double[2]);
      groups.computeIfAbsent(owner(c), k -> new double[2]);
      groups.get(owner(c))[0] += w[1];
      groups.get(owner(c))[1] += e[1];
    }
    md.append("## Idle memory by owner: bytes per session (Weft) and per connection (echo)\n\n"
        + "| owner (by class name) | Weft | echo | difference |\n|---|---:|---:|---:|\n");
    groups.entrySet().stream().sorted(Comparator.comparingDouble(
            (Map.Entry<String, double[]> g) -> -(g.getValue()[0] - g.getValue()[1])))
        .forEach(g -> md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %+,.0f |%n", g.getKey(),
            g.getValue()[0], g.getValue()[1], g.getValue()[0] - g.getValue()[1])));
    md.append('\n');
    rows.sort(Comparator.comparingDouble((Map.Entry<String, double[]> r) -> -Math.abs(r.getValue()[1])));
    md.append("## Idle memory: Weft's session minus a raw echo connection, per class\n\n")
        .append(String.format(Locale.ROOT, "Weft holds %,.0f bytes per session more than the raw echo "
            + "holds per connection. The 30 largest differences:%n%n", total))
        .append("| class | instances more | bytes more | Weft | echo |\n|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, double[]> r : rows.subList(0, Math.min(30, rows.size()))) {
      double[] v = r.getValue();
      md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %,.0f | %,.0f | %,.0f |%n", r.getKey(),
          v[0], v[1], v[2], v[3]));
    }
    md.append('\n');
  }

  private static String owner(String c) {
    if (c.startsWith("dev.weft.ui")) {
      return "Weft page tree (dev.weft.ui.*)";
    }
    if (c.startsWith("dev.weft")) {
      return "Weft runtime (dev.weft.session, server, protocol)";
    }
    if (c.startsWith("io.vertx.core.eventbus")) {
      return "Vert.x event bus (consumers)";
    }
    if (c.startsWith("io.vertx.core.impl") || c.startsWith("io.vertx.core.internal")
        || c.startsWith("io.vertx.core.Deployment") || c.startsWith("io.vertx.core.Future")) {
      return "Vert.x contexts and deployments (io.vertx.core.impl.*)";
    }
    if (c.startsWith("io.vertx.ext.web")) {
      return "vertx-web";
    }
    if (c.startsWith("io.vertx")) {
      return "Vert.x HTTP / WebSocket / net";
    }
    if (c.startsWith("io.netty")) {
      return "Netty";
    }
    return "JDK classes and arrays (Strings, maps, lists, Object[] …, owned by any of the above)";
  }

  private static final Pattern HISTO = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

  static Map<String, long[]> histogram(String text) {
    Map<String, long[]> m = new HashMap<>();
    for (String line : text.split("\n")) {
      Matcher x = HISTO.matcher(line);
      if (x.find()) {
        m.merge(x.group(3), new long[] {Long.parseLong(x.group(1)), Long.parseLong(x.group(2))},
            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      }
    }
    return m;
  }

  // ------------------------------------------------------------------ JFR

  /** Where the samples are: by thread, by top frame, by component (inclusive), allocations. */
  private void summarize(Path jfr, long events) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> owners = new HashMap<>();
    Map<String, Integer> components = new LinkedHashMap<>();
    COMPONENTS.keySet().forEach(k -> components.put(k, 0));
    Map<String, Long> allocSites = new HashMap<>();
    Map<String, Long> allocClasses = new HashMap<>();
    int samples = 0;
    int nativeSamples = 0;
    long allocTotal = 0;
    int gcs = 0;
    double gcPauseMs = 0;
    Map<String, Integer> gcNames = new HashMap<>();
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      String type = e.getEventType().getName();
      switch (type) {
        case "jdk.ExecutionSample" -> {
          samples++;
          RecordedStackTrace st = e.getStackTrace();
          if (e.getThread("sampledThread") != null) {
            threads.merge(threadGroup(e.getThread("sampledThread").getJavaName()), 1, Integer::sum);
          }
          if (st == null || st.getFrames().isEmpty()) {
            continue;
          }
          List<RecordedFrame> frames = st.getFrames();
          self.merge(frame(frames.get(0)), 1, Integer::sum);
          owners.merge(owner(frames), 1, Integer::sum);
          Set<String> seen = new HashSet<>();
          Set<String> comps = new HashSet<>();
          for (RecordedFrame f : frames) {
            String name = frame(f);
            if (seen.add(name)) {
              inclusive.merge(name, 1, Integer::sum);
            }
            for (Map.Entry<String, String[]> c : COMPONENTS.entrySet()) {
              for (String prefix : c.getValue()) {
                if (name.startsWith(prefix)) {
                  comps.add(c.getKey());
                }
              }
            }
          }
          comps.forEach(c -> components.merge(c, 1, Integer::sum));
        }
        case "jdk.NativeMethodSample" -> nativeSamples++;
        case "jdk.ObjectAllocationSample" -> {
          long w = e.getLong("weight");
          allocTotal += w;
          allocClasses.merge(e.getClass("objectClass").getName(), w, Long::sum);
          RecordedStackTrace st = e.getStackTrace();
          if (st != null) {
            allocSites.merge(allocationSite(st.getFrames()), w, Long::sum);
          }
        }
        case "jdk.GarbageCollection" -> {
          gcs++;
          gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
          gcNames.merge(e.getString("name"), 1, Integer::sum);
        }
        default -> {
        }
      }
    }
    md.append(String.format(Locale.ROOT, "JFR: %,d execution samples (Java code running), %,d native-method "
            + "samples (threads in native code, mostly epoll waits and socket I/O); %d GCs %s, %.1f ms "
            + "of pauses; about %,.0f bytes allocated per event.%n%n",
        samples, nativeSamples, gcs, gcNames, gcPauseMs, allocTotal / (double) Math.max(1, events)));
    table("Execution samples by thread", threads, samples, 10);
    table("Self time by component: each sample goes to the innermost frame outside the JDK "
        + "(so a HashMap.get called by the event bus counts as event bus)", owners, samples, 20);
    table("Share of execution samples whose stack contains… (inclusive; a sample can count in "
        + "several rows)", components, samples, 40);
    table("Top frames (self time)", self, samples, 25);
    Map<String, Integer> interesting = new HashMap<>();
    inclusive.forEach((k, v) -> {
      if (k.startsWith("dev.weft") || k.startsWith("com.fasterxml") || k.contains("eventbus")
          || k.contains("WebSocket") || k.contains("deploy") || k.contains("Deploy")) {
        interesting.put(k, v);
      }
    });
    table("Inclusive time of Weft, Jackson, event-bus, WebSocket and deployment methods", interesting,
        samples, 30);
    tableL("Allocation (sampled weight) by allocating frame", allocSites, allocTotal, 15);
    tableL("Allocation by class", allocClasses, allocTotal, 12);
  }

  /** Components a click or an open may spend time in, by method-name prefix. */
  private static final Map<String, String[]> COMPONENTS = new LinkedHashMap<>();

  static {
    COMPONENTS.put("Weft: decoding client frames (Codec.decodeClient)", new String[] {"dev.weft.protocol.Codec.decodeClient"});
    COMPONENTS.put("Weft: encoding server frames (Codec.encode)", new String[] {"dev.weft.protocol.Codec.encode"});
    COMPONENTS.put("Weft: diff (Diff.*)", new String[] {"dev.weft.ui.Diff."});
    COMPONENTS.put("Weft: page/controls (ui.*, without the diff)", new String[] {"dev.weft.ui.Page.", "dev.weft.ui.Control.", "dev.weft.ui.Props.", "dev.weft.ui.PageDriver."});
    COMPONENTS.put("Weft: session verticle (SessionVerticle.*)", new String[] {"dev.weft.session.SessionVerticle."});
    COMPONENTS.put("Weft: outbox (Outbox.*)", new String[] {"dev.weft.session.Outbox."});
    COMPONENTS.put("Weft: socket side (server.Connection.*)", new String[] {"dev.weft.server.Connection."});
    COMPONENTS.put("Weft: sessions/deploy (Sessions.*, AppMain.*)", new String[] {"dev.weft.session.Sessions.", "dev.weft.session.AppMain."});
    COMPONENTS.put("Weft: router and endpoint (WeftRouter, WebSocketEndpoint, vertx-web Router)", new String[] {"dev.weft.server.WebSocketEndpoint.", "io.vertx.ext.web."});
    COMPONENTS.put("Weft: session tokens and secrets (SessionToken.*, Secrets.*)", new String[] {"dev.weft.session.SessionToken.", "dev.weft.secrets.Secrets."});
    COMPONENTS.put("Jackson (any)", new String[] {"com.fasterxml.jackson."});
    COMPONENTS.put("Vert.x event bus (io.vertx.core.eventbus.*)", new String[] {"io.vertx.core.eventbus.", "io.vertx.core.eventbus.impl."});
    COMPONENTS.put("Vert.x deployments (Deployment*, VerticleManager)", new String[] {"io.vertx.core.impl.deployment.", "io.vertx.core.impl.DeploymentManager", "io.vertx.core.impl.verticle."});
    COMPONENTS.put("Vert.x WebSocket (io.vertx.core.http.impl.*WebSocket*)", new String[] {"io.vertx.core.http.impl.websocket.", "io.vertx.core.http.impl.WebSocket", "io.vertx.core.http.impl.ServerWebSocket", "io.vertx.core.http.impl.Http1xServerConnection"});
    COMPONENTS.put("Netty channel writes/flushes", new String[] {"io.netty.channel.AbstractChannelHandlerContext.write", "io.netty.channel.AbstractChannelHandlerContext.flush", "io.netty.channel.AbstractChannelHandlerContext.invokeFlush"});
    COMPONENTS.put("Netty socket read (NioByteUnsafe.read / epoll read)", new String[] {"io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read", "io.netty.channel.epoll.AbstractEpollStreamChannel$EpollStreamUnsafe.epollInReady"});
    COMPONENTS.put("JDK socket write (SocketChannelImpl.write, IOUtil.write)", new String[] {"sun.nio.ch.SocketChannelImpl.write", "sun.nio.ch.IOUtil.write"});
    COMPONENTS.put("Context switching (runOnContext, executeBlocking, worker pool)", new String[] {"io.vertx.core.impl.ContextImpl.runOnContext", "io.vertx.core.impl.ContextBase.runOnContext", "io.vertx.core.impl.WorkerExecutor", "io.vertx.core.impl.TaskQueue", "io.vertx.core.impl.ContextImpl.executeBlocking"});
    COMPONENTS.put("String/UTF-8 conversions (String.<init>, getBytes, StringCoding, ByteBufUtil)", new String[] {"java.lang.String.<init>", "java.lang.String.getBytes", "java.lang.String.encode", "java.lang.String.decode", "java.lang.StringCoding", "io.netty.buffer.ByteBufUtil"});
    COMPONENTS.put("Random ids (SecureRandom)", new String[] {"java.security.SecureRandom", "sun.security.provider"});
  }

  /** The component of the innermost non-JDK frame. */
  private static String owner(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String c = f.getMethod().getType().getName();
      if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
        continue;
      }
      if (c.startsWith("dev.weft.protocol")) {
        return "Weft protocol (Codec: JSON encode/decode glue)";
      }
      if (c.startsWith("dev.weft.ui")) {
        return "Weft ui (Page, Control, Props, Diff, PageDriver)";
      }
      if (c.startsWith("dev.weft.session")) {
        return "Weft session (SessionVerticle, Outbox, Sessions)";
      }
      if (c.startsWith("dev.weft.server")) {
        return "Weft server (Connection, WebSocketEndpoint)";
      }
      if (c.startsWith("dev.weft.bench")) {
        return "bench app / echo handler";
      }
      if (c.startsWith("dev.weft")) {
        return "Weft other";
      }
      if (c.startsWith("com.fasterxml.jackson")) {
        return "Jackson";
      }
      if (c.startsWith("io.vertx.core.eventbus")) {
        return "Vert.x event bus";
      }
      if (c.startsWith("io.vertx.core.http") || c.startsWith("io.vertx.core.net")) {
        return "Vert.x HTTP / WebSocket / net";
      }
      if (c.startsWith("io.vertx.ext.web")) {
        return "vertx-web (Router)";
      }
      if (c.startsWith("io.vertx.core.impl.deployment") || c.contains("Deployment")) {
        return "Vert.x deployments";
      }
      if (c.startsWith("io.vertx")) {
        return "Vert.x core (contexts, futures, queues)";
      }
      if (c.startsWith("io.netty")) {
        return "Netty";
      }
      return "other: " + c.replaceAll("\\.[^.]+$", "");
    }
    return "JDK only (no caller frame)";
  }

  private static String frame(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  /** The first frame outside the JDK's and Jackson's own allocation plumbing. */
  private static String allocationSite(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String name = frame(f);
      if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
        return name;
      }
    }
    return frames.isEmpty() ? "?" : frame(frames.get(0));
  }

  private static String threadGroup(String name) {
    return name == null ? "?" : name.replaceAll("weft-handler-\\d+", "weft-handler-N")
        .replaceAll("(vert\\.x-worker-thread|vert\\.x-internal-blocking|weft-handlers)-\\d+", "$1-N");
  }

  private void table(String title, Map<String, Integer> counts, int total, int limit) {
    md.append("**").append(title).append("**\n\n| | samples | share |\n|---|---:|---:|\n");
    counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
        .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f%% |%n", e.getKey(),
            e.getValue(), 100.0 * e.getValue() / Math.max(1, total))));
    md.append('\n');
  }

  private void tableL(String title, Map<String, Long> weights, long total, int limit) {
    md.append("**").append(title).append("**\n\n| | share |\n|---|---:|\n");
    weights.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(),
            100.0 * e.getValue() / Math.max(1, total))));
    md.append('\n');
  }
}
