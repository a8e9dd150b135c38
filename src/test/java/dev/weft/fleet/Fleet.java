package dev.weft.fleet;

import dev.weft.e2e.Nginx;
import dev.weft.launcher.JarProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Three clustered Weft JVMs on 127.0.0.1 behind Debian nginx balancing round robin with
 * docs/nginx/weft-cluster.conf (no stickiness of any kind), as a test's production. The JVMs start
 * The first lists no members and starts the cluster as soon as its Hazelcast is up; the other two,
 * which list all three, start then and join it at once, so a fleet is up in little more than the
 * time one instance takes. Started all at once with the same list (as before), none answered as a
 * running cluster while all were starting, and each asked for 5 s (Hazelcast's TCP-IP connection
 * timeout) before the lowest address claimed it: a fleet was ready after 10.3–10.8 s. Starting the
 * other two before the first has its cluster races it: on a loaded machine a member that asked
 * in vain for 5 s claimed the cluster while the first was starting its own, and the three never
 * settled. So the first is always Hazelcast's master, and the second (LossRun's victim) never is
 * (KilledMemberIT kills a master).
 *
 * <p>Where a session lives and where a socket landed is read from each instance's own
 * {@code /metrics} (never through nginx, whose round robin would pick the instance): a new session
 * is homed on the instance whose {@code weft_sessions_opened_total} moved, a socket sits on the one
 * whose {@code weft_sockets_attached} did.
 */
final class Fleet implements AutoCloseable {

  static final int SIZE = 3;
  private static final Duration SETTLE = Duration.ofSeconds(15);
  private static final Duration JOIN = Duration.ofSeconds(40);

  final List<Instance> instances;
  final Nginx nginx;
  /** Per instance, milliseconds from its start to {@code /health/ready} answering 200. */
  final Map<Instance, Long> readyMillis;

  private Fleet(List<Instance> instances, Nginx nginx, Map<Instance, Long> readyMillis) {
    this.instances = instances;
    this.nginx = nginx;
    this.readyMillis = readyMillis;
  }

  /** Starts three instances and nginx in front of them; fails (and stops what started) if any cannot. */
  static Fleet start(String name) throws Exception {
    Nginx.require(); // fail or skip before three JVMs are started for nothing
    int[] ports = JarProcess.freePorts(SIZE * 3);
    List<String> members = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      members.add("127.0.0.1:" + ports[SIZE + i]);
    }
    Path base = Path.of(System.getProperty("weft.buildDir", "target"), "fleet-" + name);
    List<Instance> instances = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      String label = String.valueOf((char) ('A' + i));
      instances.add(new Instance(label, ports[i], ports[SIZE + i], ports[2 * SIZE + i],
          base.resolve(label), i == 0 ? "" : String.join(",", members)));
    }
    Nginx nginx = null;
    try {
      long starting = System.nanoTime();
      instances.get(0).start();
      instances.get(0).awaitClusterStarted();
      for (Instance instance : instances.subList(1, SIZE)) {
        instance.start();
      }
      Map<Instance, Long> ready = new LinkedHashMap<>();
      for (Instance instance : instances) {
        ready.put(instance, instance.awaitReady());
      }
      Fleet fleet = new Fleet(instances, null, ready);
      fleet.awaitMembers(SIZE);
      nginx = Nginx.startBalancer(name, ports[0], ports[1], ports[2]);
      System.out.println("[fleet] " + instances + " clustered, ready after " + ready.values()
          + " ms (each from its own start; the fleet's start took " + (System.nanoTime() - starting) / 1_000_000
          + " ms); nginx on :" + nginx.port());
      return new Fleet(instances, nginx, ready);
    } catch (Exception | Error e) {
      if (nginx != null) {
        nginx.close();
      }
      for (Instance instance : instances) {
        instance.close();
      }
      throw e;
    }
  }

  /** {@code http://127.0.0.1:<nginx><path>}: what a browser reaches. */
  String url(String path) {
    return nginx.url(path);
  }

  List<Instance> alive() {
    return instances.stream().filter(Instance::isAlive).toList();
  }

  /**
   * The instance that answered the last finished request through nginx whose method and URI
   * start as given ({@code "PUT /upload"}), from nginx's access log; null when there is none.
   */
  Instance servedLast(String methodAndUriPrefix) {
    List<String> lines = nginx.accessLog();
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.startsWith(methodAndUriPrefix)) {
        String upstream = line.substring(line.lastIndexOf(' ') + 1); // the server tried last
        int port = Integer.parseInt(upstream.substring(upstream.lastIndexOf(':') + 1));
        return instances.stream().filter(in -> in.httpPort == port).findFirst().orElse(null);
      }
    }
    return null;
  }

  /**
   * Sends {@code requests} requests through nginx ({@code GET /health/live}), each taking the
   * next server in the rotation: what a test does to make its next request land on a chosen
   * instance.
   */
  void advance(int requests) throws Exception {
    for (int i = 0; i < requests; i++) {
      JarProcess.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/health/live"))).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * The index in {@link #instances} of the server nginx picks next, judged from the last request
   * it finished; -1 when nothing went through it yet. Requests in flight (an open WebSocket) are
   * not in the log, so call it when none are starting.
   */
  int nextInRotation() {
    advanceQuietly();
    Instance last = servedLast("GET /health/live");
    return last == null ? -1 : (instances.indexOf(last) + 1) % SIZE;
  }

  private void advanceQuietly() {
    try {
      advance(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The gauges of every live instance, now. */
  Map<Instance, Gauges> gauges() {
    Map<Instance, Gauges> all = new LinkedHashMap<>();
    for (Instance instance : alive()) {
      all.put(instance, instance.gauges());
    }
    return all;
  }

  /** Scrapes until {@code condition} holds (bounded); fails saying {@code what} otherwise. */
  Map<Instance, Gauges> awaitGauges(String what, Predicate<Map<Instance, Gauges>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    Map<Instance, Gauges> now = gauges();
    while (!condition.test(now)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gauges never showed " + what + " within " + SETTLE + ": " + now);
      }
      Thread.sleep(50);
      now = gauges();
    }
    return now;
  }

  /** Waits until every live instance sees {@code size} members. */
  void awaitMembers(int size) throws InterruptedException {
    long deadline = System.nanoTime() + JOIN.toNanos();
    Map<Instance, Gauges> now = gauges();
    while (!now.values().stream().allMatch(g -> g.clusterMembers() == size)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the cluster never had " + size + " members within " + JOIN + ": " + now);
      }
      Thread.sleep(100);
      now = gauges();
    }
  }

  /** Waits until the live instances hold {@code total} sockets between them; returns their gauges. */
  Map<Instance, Gauges> awaitSockets(int total) throws InterruptedException {
    return awaitGauges(total + " sockets in all", g -> sum(g, Gauges::socketsAttached) == total);
  }

  /** The one instance whose opened-sessions counter moved between two snapshots. */
  static Instance newHome(Map<Instance, Gauges> before, Map<Instance, Gauges> after) {
    List<Instance> moved = after.keySet().stream()
        .filter(i -> before.containsKey(i) && after.get(i).sessionsOpened() > before.get(i).sessionsOpened())
        .toList();
    if (moved.size() != 1) {
      throw new AssertionError("expected one instance to open a session, saw " + moved
          + "\nbefore " + before + "\nafter " + after);
    }
    return moved.get(0);
  }

  /** The one instance holding a socket, when the fleet holds exactly one. */
  static Instance socketHolder(Map<Instance, Gauges> gauges) {
    return gauges.entrySet().stream().filter(e -> e.getValue().socketsAttached() > 0)
        .map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new AssertionError("no instance holds a socket: " + gauges));
  }

  static int sum(Map<Instance, Gauges> gauges, java.util.function.ToIntFunction<Gauges> field) {
    return gauges.values().stream().mapToInt(field).sum();
  }

  @Override
  public void close() throws Exception {
    try {
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      for (Instance instance : instances) {
        instance.close();
      }
    }
  }
}
