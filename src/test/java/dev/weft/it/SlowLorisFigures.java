package dev.weft.it;

import dev.weft.examples.Counter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The figures of docs/reliability/slow.md: how many slowloris connections one server holds and
 * what a normal user's page load costs meanwhile, and how long the default headers deadline
 * takes to cut them. Not a test (it takes about a minute and a half); run it with the test class
 * path:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) dev.weft.it.SlowLorisFigures [connections]
 * </pre>
 *
 * Bounded: {@code connections} (default 2,000, at most 5,000) sockets, each phase at most 60 s.
 * Attacker and server share this JVM, so its open files count both ends of every socket.
 */
public final class SlowLorisFigures {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    int count = Math.min(5_000, args.length > 0 ? Integer.parseInt(args[0]) : 2_000);
    held(count);
    cut(count);
    uploads(Math.min(count, 500));
  }

  /**
   * Phase 3: {@code count} uploads trickled at 5 bytes a second with {@code upload.idleTimeoutSeconds}
   * 5: how many are answered 408, how long that takes, what is left on disk, page loads meanwhile.
   */
  private static void uploads(int count) throws Exception {
    Path dir = Files.createTempDirectory("slow-uploads");
    try (ItServer server = ItServer.start(ItServer.config("upload.dir", dir.toString(),
        "upload.idleTimeoutSeconds", 5), Map.of("/", new Counter()))) {
      loads(server, 50);
      long start = System.nanoTime();
      List<Socket> sockets = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String url = "/" + server.weft().uploadUrls().issue("/", "s" + i, "slow.bin", 1_000_000,
            Duration.ofMinutes(5));
        Socket socket = new Socket("127.0.0.1", server.port);
        socket.getOutputStream().write(("PUT " + url + " HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        sockets.add(socket);
      }
      Trickle trickle = new Trickle(sockets, new byte[0], Duration.ofMillis(200));
      trickle.start();
      List<Double> during = new ArrayList<>();
      long limit = start + Duration.ofSeconds(60).toNanos();
      while (trickle.alive() > 0 && System.nanoTime() < limit) {
        during.addAll(loads(server, 10));
        Thread.sleep(200);
      }
      double allCut = (System.nanoTime() - start) / 1e9;
      trickle.stop();
      int answered408 = 0;
      for (Socket socket : sockets) {
        socket.setSoTimeout(1_000);
        try {
          byte[] head = socket.getInputStream().readNBytes(12);
          answered408 += new String(head, StandardCharsets.ISO_8859_1).equals("HTTP/1.1 408") ? 1 : 0;
        } catch (IOException e) {
          // reset: no answer read
        }
      }
      closeAll(sockets);
      long left;
      try (var files = Files.walk(dir)) {
        left = files.filter(Files::isRegularFile).count();
      }
      System.out.printf("uploads: %d trickled at 5 bytes/s (upload.idleTimeoutSeconds 5): %d answered "
              + "408, the last cut %.1f s after the first opened, %d files left in upload.dir; page "
              + "loads meanwhile: median %.2f ms, p99 %.2f ms (%d loads)%n",
          count, answered408, allCut, left, pct(during, 50), pct(during, 99), during.size());
    }
  }

  /** Phase 1: a deadline of 10 minutes, so every trickler is held; a user loads pages meanwhile. */
  private static void held(int count) throws Exception {
    try (ItServer server = ItServer.start(ItServer.config("http.headersTimeoutSeconds", 600),
        Map.of("/", new Counter()))) {
      loads(server, 300); // warm-up
      List<Double> quiet = loads(server, 200);
      long fdsBefore = openFiles();
      long heapBefore = heapAfterGc();
      List<Socket> sockets = open(server.port, count);
      Trickle trickle = new Trickle(sockets, HEAD, Duration.ofSeconds(2));
      trickle.start();
      Thread.sleep(3_000); // every socket has trickled at least once
      List<Double> attacked = loads(server, 200);
      long heapDuring = heapAfterGc();
      long fdsDuring = openFiles();
      int alive = trickle.alive();
      trickle.stop();
      closeAll(sockets);
      System.out.printf("held: %d trickling connections (%d still open after the loads), "
              + "open files %d -> %d, heap after GC %d -> %d MiB (%.1f KiB per connection)%n",
          count, alive, fdsBefore, fdsDuring, heapBefore >> 20, heapDuring >> 20,
          (heapDuring - heapBefore) / 1024.0 / count);
      System.out.printf("page load quiet: median %.2f ms, p99 %.2f ms; with %d tricklers: median "
              + "%.2f ms, p99 %.2f ms; ratio median %.2f, p99 %.2f%n",
          pct(quiet, 50), pct(quiet, 99), count, pct(attacked, 50), pct(attacked, 99),
          pct(attacked, 50) / pct(quiet, 50), pct(attacked, 99) / pct(quiet, 99));
    }
  }

  /** Phase 2: the default deadline; how long until every trickler is cut, and loads meanwhile. */
  private static void cut(int count) throws Exception {
    try (ItServer server = ItServer.start(ItServer.config(), Map.of("/", new Counter()))) {
      loads(server, 50);
      long start = System.nanoTime();
      List<Socket> sockets = open(server.port, count);
      double opened = (System.nanoTime() - start) / 1e9;
      Trickle trickle = new Trickle(sockets, HEAD, Duration.ofSeconds(2));
      trickle.start();
      List<Double> during = new ArrayList<>();
      long limit = start + Duration.ofSeconds(60).toNanos();
      while (trickle.alive() > 0 && System.nanoTime() < limit) {
        during.addAll(loads(server, 10));
        Thread.sleep(500);
      }
      double allCut = (System.nanoTime() - start) / 1e9;
      long closedByServer = server.verticle.headersDeadline().closedConnections();
      trickle.stop();
      closeAll(sockets);
      System.out.printf("cut: %d tricklers opened in %.1f s; %d closed by the server "
              + "(http.headersTimeoutSeconds %d); the last closed %.1f s after the first opened; "
              + "page loads meanwhile: median %.2f ms, p99 %.2f ms (%d loads)%n",
          count, opened, closedByServer, server.weft().config().headersTimeout().toSeconds(), allCut,
          pct(during, 50), pct(during, 99), during.size());
    }
  }

  private static final byte[] HEAD =
      "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1);

  /** Writes {@code head} and then 'a' for ever, a byte per round to every open socket, from one thread. */
  private static final class Trickle {
    private final List<Socket> sockets;
    private final byte[] head;
    private final Duration every;
    private final boolean[] dead;
    private volatile boolean on = true;
    private final Thread thread;

    Trickle(List<Socket> sockets, byte[] head, Duration every) {
      this.sockets = sockets;
      this.head = head;
      this.every = every;
      this.dead = new boolean[sockets.size()];
      this.thread = new Thread(this::run, "trickle");
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    private void run() {
      int round = 0;
      while (on) {
        for (int i = 0; i < sockets.size() && on; i++) {
          if (dead[i]) {
            continue;
          }
          try {
            if (sockets.get(i).getInputStream().available() > 0) {
              dead[i] = true; // the server answered (an upload's 408): stop, so the answer stays readable
              continue;
            }
            sockets.get(i).getOutputStream().write(round < head.length ? head[round] : 'a');
          } catch (IOException closed) {
            dead[i] = true;
          }
        }
        round++;
        try {
          Thread.sleep(every.toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** Sockets whose writes still succeed (a closed one fails its second write after the close). */
    int alive() {
      int n = 0;
      for (boolean d : dead) {
        n += d ? 0 : 1;
      }
      return n;
    }

    void stop() throws InterruptedException {
      on = false;
      thread.interrupt();
      thread.join(5_000);
    }
  }

  private static List<Socket> open(int port, int count) throws IOException {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      sockets.add(socket);
    }
    return sockets;
  }

  private static void closeAll(List<Socket> sockets) {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing
      }
    }
  }

  /** {@code n} page loads one after the other, in milliseconds each. */
  private static List<Double> loads(ItServer server, int n) throws Exception {
    List<Double> ms = new ArrayList<>();
    HttpRequest page = HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(10)).build();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = HTTP.send(page, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("page load answered " + response.statusCode());
      }
      ms.add((System.nanoTime() - start) / 1e6);
    }
    return ms;
  }

  private static double pct(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }

  private static long openFiles() throws IOException {
    try (var fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private SlowLorisFigures() {
  }
}
