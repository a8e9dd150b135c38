package dev.weft.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx run by a test as a child process on loopback, with the configuration from
 * docs/nginx/weft.conf (or, balancing over three instances, docs/nginx/weft-cluster.conf): nothing
 * of the system's nginx is used (no /etc/nginx, no /var/log, no root), everything lives in a prefix directory under the build directory, and {@link #close()}
 * stops it (a shutdown hook does too, should the JVM end first).
 *
 * <p>The documented file is used as it is, but for its listen address and the upstream's port:
 * the two strings {@link #LISTEN} and {@link #UPSTREAM} must each occur exactly once, so the test
 * fails if the documented configuration drifts from what is tested (likewise {@link #CLUSTER_SERVERS}
 * in the cluster's file). What only a test needs (the
 * pid file, logs and temporary directories in the prefix, one process in the foreground) sits in
 * a small main configuration that includes it.
 */
public final class Nginx implements AutoCloseable {

  /** The switch that skips the nginx test. */
  static final String SKIP_SWITCH = "WEFT_SKIP_NGINX_TESTS";
  /** The documented configuration, relative to the project. */
  static final String CONFIG = "docs/nginx/weft.conf";
  /** The line of {@link #CONFIG} that says where nginx listens. */
  static final String LISTEN = "listen 80;";
  /** The part of {@link #CONFIG} that names Weft's address. */
  static final String UPSTREAM = "http://127.0.0.1:8000/";
  /**
   * The address nginx connects to Weft from. It differs from the browser's (127.0.0.1), so an app
   * that shows 127.0.0.1 got it from the forwarded headers, not from the connection.
   */
  static final String PROXY_SOURCE = "127.0.0.2";

  /** The documented configuration for several instances, relative to the project. */
  public static final String CLUSTER_CONFIG = "docs/nginx/weft-cluster.conf";
  /** The servers of {@link #CLUSTER_CONFIG}'s upstream, each replaced by an instance's address. */
  public static final List<String> CLUSTER_SERVERS = List.of(
      "server 127.0.0.1:8001 ", "server 127.0.0.1:8002 ", "server 127.0.0.1:8003 ");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final Path prefix;
  private final int port;
  private final Thread reaper;

  private Nginx(Process process, Path prefix, int port) {
    this.process = process;
    this.prefix = prefix;
    this.port = port;
    this.reaper = new Thread(process::destroyForcibly, "nginx-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  static boolean skipped() {
    return "1".equals(System.getenv(SKIP_SWITCH));
  }

  /** Marks the calling test as skipped when {@code WEFT_SKIP_NGINX_TESTS=1}. */
  static void assumeNotSkipped() {
    Assumptions.assumeFalse(skipped(), SKIP_SWITCH + "=1: the nginx test is skipped");
  }

  /** The nginx binary: on the PATH, or Debian's /usr/sbin/nginx (not on a user's PATH). */
  public static Path require() {
    assumeNotSkipped();
    Path nginx = Browsers.onPath("nginx");
    if (nginx == null && Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
      nginx = Path.of("/usr/sbin/nginx");
    }
    if (nginx == null) {
      fail("The nginx test needs Debian's nginx, and there is none (not on the PATH, no "
          + "/usr/sbin/nginx). Install it (`sudo apt-get install -y nginx`; ./test.sh does this for "
          + "you), or set " + SKIP_SWITCH + "=1 to skip it.");
    }
    return nginx;
  }

  /**
   * Starts nginx proxying to Weft on {@code weftPort}, in {@code <build dir>/nginx-<name>}; a
   * port taken between choosing and binding it is retried.
   */
  static Nginx start(String name, int weftPort) throws Exception {
    return start(name, port -> documentedConfig(port, weftPort),
        "proxying /weft/ to Weft on 127.0.0.1:" + weftPort);
  }

  /**
   * Starts nginx balancing round robin over the three Weft instances on {@code weftPorts}, with
   * {@value #CLUSTER_CONFIG}, in {@code <build dir>/nginx-<name>}.
   */
  public static Nginx startBalancer(String name, int... weftPorts) throws Exception {
    if (weftPorts.length != CLUSTER_SERVERS.size()) {
      throw new IllegalArgumentException(CLUSTER_CONFIG + " names " + CLUSTER_SERVERS.size() + " servers");
    }
    return start(name, port -> clusterConfig(port, weftPorts),
        "balancing round robin over Weft on 127.0.0.1:" + java.util.Arrays.toString(weftPorts));
  }

  /** A configuration for a listen port. */
  private interface Config {
    String forPort(int port) throws IOException;
  }

  private static Nginx start(String name, Config config, String what) throws Exception {
    Path binary = require();
    Path prefix = buildDir().resolve("nginx-" + name);
    Exception last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return start(binary, prefix, freePort(), config, what);
      } catch (PortTakenException e) {
        last = e;
      }
    }
    throw last;
  }

  private static Nginx start(Path binary, Path prefix, int port, Config config, String what) throws Exception {
    Files.createDirectories(prefix.resolve("logs"));
    Files.createDirectories(prefix.resolve("tmp"));
    Files.writeString(prefix.resolve("weft.conf"), config.forPort(port));
    Path main = prefix.resolve("nginx.conf");
    Files.writeString(main, mainConfig(prefix));
    Path errorLog = prefix.resolve("logs/error.log");
    Files.deleteIfExists(errorLog);
    Process process = new ProcessBuilder(binary.toString(), "-p", prefix + "/", "-c", main.toString(),
        "-e", errorLog.toString())
        .redirectErrorStream(true)
        .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
        .start();
    Nginx nginx = new Nginx(process, prefix, port);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String log = nginx.errorLog();
        nginx.close();
        if (log.contains("Address already in use")) {
          throw new PortTakenException(log);
        }
        throw new IllegalStateException("nginx exited with " + process.exitValue() + ":\n" + log);
      }
      if (accepts(port)) {
        System.out.println("[e2e] nginx " + binary + " listening on 127.0.0.1:" + port
            + ", " + what + " (prefix " + prefix + ")");
        return nginx;
      }
      Thread.sleep(50);
    }
    String log = nginx.errorLog();
    nginx.close();
    throw new IllegalStateException("nginx did not listen on port " + port + " within "
        + START_TIMEOUT + ":\n" + log);
  }

  /** docs/nginx/weft.conf with only the listen address and the upstream port changed. */
  static String documentedConfig(int port, int weftPort) throws IOException {
    Path file = Path.of(System.getProperty("basedir", ".")).resolve(CONFIG);
    String config = Files.readString(file);
    config = replaceOnce(config, LISTEN, "listen 127.0.0.1:" + port + ";");
    return replaceOnce(config, UPSTREAM, "http://127.0.0.1:" + weftPort + "/");
  }

  /** docs/nginx/weft-cluster.conf with only the listen address and the servers' ports changed. */
  static String clusterConfig(int port, int... weftPorts) throws IOException {
    Path file = Path.of(System.getProperty("basedir", ".")).resolve(CLUSTER_CONFIG);
    String config = replaceOnce(CLUSTER_CONFIG, Files.readString(file), LISTEN, "listen 127.0.0.1:" + port + ";");
    for (int i = 0; i < weftPorts.length; i++) {
      config = replaceOnce(CLUSTER_CONFIG, config, CLUSTER_SERVERS.get(i), "server 127.0.0.1:" + weftPorts[i] + " ");
    }
    return config;
  }

  private static String replaceOnce(String text, String from, String to) {
    return replaceOnce(CONFIG, text, from, to);
  }

  private static String replaceOnce(String file, String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new AssertionError(file + " must hold \"" + from + "\" exactly once: the test "
          + "changes only that (and fails rather than test a configuration the docs do not show)");
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** One foreground process, every path in the prefix, the documented file included. */
  private static String mainConfig(Path prefix) {
    String p = prefix.toAbsolutePath().toString();
    return String.join("\n", List.of(
        "daemon off;",
        "master_process off;",
        "worker_processes 1;",
        "pid " + p + "/nginx.pid;",
        "error_log " + p + "/logs/error.log info;",
        "events { worker_connections 256; }",
        "http {",
        // which server answered each request, for tests of the balancer ($upstream_addr lists
        // every server tried, the one that answered last)
        "    log_format weft_upstream '$request_method $request_uri $status $upstream_addr';",
        "    access_log " + p + "/logs/access.log weft_upstream;",
        "    client_body_temp_path " + p + "/tmp/body;",
        "    proxy_temp_path " + p + "/tmp/proxy;",
        "    fastcgi_temp_path " + p + "/tmp/fastcgi;",
        "    uwsgi_temp_path " + p + "/tmp/uwsgi;",
        "    scgi_temp_path " + p + "/tmp/scgi;",
        "    proxy_bind " + PROXY_SOURCE + ";",
        "    include " + p + "/weft.conf;",
        "}",
        ""));
  }

  /** The port nginx listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /**
   * The access log so far, a line per finished request: method, URI, status and the upstream
   * address(es) that served it ({@code PUT /upload?… 200 127.0.0.1:41234}). A WebSocket's line is
   * written when it closes.
   */
  public List<String> accessLog() {
    try {
      Path log = prefix.resolve("logs/access.log");
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** nginx's error log so far, for failure messages. */
  public String errorLog() {
    try {
      Path log = prefix.resolve("logs/error.log");
      return Files.exists(log) ? Files.readString(log) : "(no error log)";
    } catch (IOException e) {
      return "(error log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private static Path buildDir() {
    String dir = System.getProperty("weft.buildDir");
    return dir != null ? Path.of(dir) : Path.of(System.getProperty("basedir", "."), "target");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** nginx could not bind the port it was given. */
  private static final class PortTakenException extends Exception {
    PortTakenException(String log) {
      super(log);
    }
  }
}
