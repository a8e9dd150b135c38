package dev.weft.fleet;

import dev.weft.launcher.JarProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Weft instance of a {@link Fleet}: {@code java -jar app-fat.jar -conf conf/config.json}
 * clustered on 127.0.0.1, on its own HTTP, Hazelcast and event-bus ports and in its own working
 * directory (so uploads and logs never mix).
 */
final class Instance implements AutoCloseable {

  /**
   * Small heaps and a light JIT: three JVMs, nginx and chromium share a small test machine, and
   * the three start at once (C1 alone takes less CPU during the start and is quick enough for the
   * tests' load).
   */
  static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  /** How long a start may take: three at once, each joining the cluster, on two busy cores. */
  static final Duration START_PATIENCE = Duration.ofSeconds(90);

  /** The fleet's shared {@code upload.secret} (a test value). */
  static final String UPLOAD_SECRET = "fleet-test-secret-not-for-production-0123456789";

  final String name;
  final int httpPort;
  final int hazelcastPort;
  final int eventBusPort;
  private final Path workDir;
  private final String members;
  private volatile JarProcess process;

  Instance(String name, int httpPort, int hazelcastPort, int eventBusPort, Path workDir, String members) {
    this.name = name;
    this.httpPort = httpPort;
    this.hazelcastPort = hazelcastPort;
    this.eventBusPort = eventBusPort;
    this.workDir = workDir;
    this.members = members;
  }

  /** Starts the JVM (again, after a stop, on the same ports); returns without waiting for it. */
  void start() throws Exception {
    Files.createDirectories(workDir);
    Path config = Path.of(System.getProperty("basedir", ".")).resolve("conf/config.json").toAbsolutePath();
    process = JarProcess.start(JVM_OPTIONS, workDir, Map.of(
            "WEFT_HTTP_HOST", "127.0.0.1",
            "WEFT_HTTP_TRUST_PROXY", "true",
            "WEFT_CLUSTER_ENABLED", "true",
            "WEFT_CLUSTER_PORT", String.valueOf(hazelcastPort),
            "WEFT_CLUSTER_EVENT_BUS_PORT", String.valueOf(eventBusPort),
            "WEFT_CLUSTER_MEMBERS", members,
            // one secret for the fleet: an upload URL signed by one instance is good on another
            "WEFT_UPLOAD_SECRET", UPLOAD_SECRET),
        "-conf", config.toString(), "--port", String.valueOf(httpPort));
  }

  /** Waits (bounded) until its Hazelcast is up, in a cluster of its own or one it joined. */
  void awaitClusterStarted() throws InterruptedException {
    process.awaitOutput("Weft cluster: ");
  }

  /** Waits (bounded) until it is ready for sessions; returns the milliseconds since its start. */
  long awaitReady() throws InterruptedException {
    process.awaitOk(url("/health/ready"), START_PATIENCE);
    return process.millisSinceStart();
  }

  String url(String path) {
    return "http://127.0.0.1:" + httpPort + path;
  }

  /** Its {@code upload.dir}: conf/config.json keeps the default, relative to its working directory. */
  Path uploadDir() {
    return workDir.resolve(dev.weft.server.WeftConfig.DEFAULT_UPLOAD_DIR);
  }

  Gauges gauges() {
    return Gauges.scrape(httpPort);
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: gone at once, no drain, no goodbye to the cluster. */
  void kill() throws InterruptedException {
    process.kill();
    process.awaitExit();
  }

  /** SIGTERM: drains and leaves the cluster; returns once it has exited, with its status. */
  int stop() throws InterruptedException {
    process.terminate();
    return process.awaitExit();
  }

  String output() {
    return process == null ? "" : process.output();
  }

  @Override
  public String toString() {
    return name + "(:" + httpPort + ")";
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null) {
      process.close();
    }
  }
}
