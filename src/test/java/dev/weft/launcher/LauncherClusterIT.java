package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clustering from configuration, with the packaged jar: two JVMs on 127.0.0.1 that name each
 * other in {@code cluster.members} form one cluster, both serve, and one stopped with SIGTERM
 * leaves it and exits by itself; a bad cluster setting stops
 * the launcher with status 2; a taken Hazelcast port stops it at once with {@code weft: cluster:};
 * and without {@code cluster.enabled} not one Hazelcast class is loaded. Each clustered start
 * waits about five seconds (Hazelcast's {@code hazelcast.wait.seconds.before.join}), so the
 * two-member case is one test.
 */
// several clustered JVMs whose timings are checked: failsafe runs it alone (pom.xml, "serial")
@Tag("serial")
class LauncherClusterIT {

  private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
  private static final String LISTENING = "Weft listening on ";

  @TempDir
  Path dir;

  @Test
  void twoJvmsNamingEachOtherFormOneClusterAndBothServe() throws Exception {
    int[] ports = JarProcess.freePorts(4);
    int httpA = ports[0];
    int httpB = ports[1];
    int hazelcastA = ports[2];
    int hazelcastB = ports[3];
    try (JarProcess a = JarProcess.start(SMALL_HEAP, dir, Map.of("WEFT_CLUSTER_ENABLED", "true",
            "WEFT_CLUSTER_PORT", String.valueOf(hazelcastA),
            // its own address too: every instance may be given the same list
            "WEFT_CLUSTER_MEMBERS", "127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB),
            "--port", String.valueOf(httpA));
         JarProcess b = JarProcess.start(SMALL_HEAP, dir, Map.of(), "-cluster", "--port", String.valueOf(httpB),
            "-conf", "{\"cluster\": {\"port\": " + hazelcastB + ", \"members\": [\"127.0.0.1:" + hazelcastA + "\"]}}")) {
      a.awaitOk("http://127.0.0.1:" + httpA + "/");
      long firstPageA = a.millisSinceStart();
      b.awaitOk("http://127.0.0.1:" + httpB + "/");
      long firstPageB = b.millisSinceStart();
      System.out.printf("[launcher] clustered java -jar start -> first 200 on GET /: A %d ms, B %d ms (JDK %d)%n",
          firstPageA, firstPageB, Runtime.version().feature());

      String seenByA = a.awaitOutput("Weft cluster: 2 members");
      String seenByB = b.awaitOutput("Weft cluster: 2 members");
      assertThat(seenByA).contains("127.0.0.1:" + hazelcastA + " (this one)").contains("127.0.0.1:" + hazelcastB);
      assertThat(seenByB).contains("127.0.0.1:" + hazelcastB + " (this one)").contains("127.0.0.1:" + hazelcastA);
      for (int port : new int[] {httpA, httpB}) {
        try (RawSession session = RawSession.connect(port, "/")) {
          assertThat(session.register("/").encode()).contains("Call handler");
        }
      }
      assertThat(a.output()).doesNotContain("multicast").doesNotContain("Multicast");
      for (int port : new int[] {httpA, httpB}) {
        assertThat(metrics(port)).as("/metrics on :%d", port).contains("weft_cluster_members 2.0");
      }

      b.terminate();
      assertThat(b.awaitExit()).as("B's status after SIGTERM: it drained and left by itself").isEqualTo(143);
      assertThat(a.awaitOutput("left: 127.0.0.1:" + hazelcastB)).contains("Weft cluster: 1 member: ");
      a.awaitOk("http://127.0.0.1:" + httpA + "/");
    }
  }

  private static String metrics(int port) throws Exception {
    java.net.http.HttpResponse<String> response = JarProcess.HTTP.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/metrics"))
            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  @Test
  void aMemberWithoutAPortStopsTheLauncherWithStatus2() throws Exception {
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_CLUSTER_MEMBERS", "10.0.0.2"), "-cluster",
        "--port", String.valueOf(JarProcess.freePort()))) {
      assertThat(jar.awaitExit()).isEqualTo(2);
      assertThat(jar.stderr().lines()).contains(
          "weft: configuration: cluster.members: \"10.0.0.2\" must be host:port, like 10.0.0.2:5701");
      assertThat(jar.output()).doesNotContain(LISTENING).doesNotContain("Hazelcast");
    }
  }

  @Test
  void aClusterPortOutOfRangeStopsTheLauncherWithStatus2() throws Exception {
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-conf", "{\"cluster\": {\"port\": 70000}}")) {
      assertThat(jar.awaitExit()).isEqualTo(2);
      assertThat(jar.stderr().lines()).contains(
          "weft: configuration: cluster.port must be an integer from 1 to 65535, not 70000");
    }
  }

  @Test
  void aTakenClusterPortStopsTheStartAtOnceWithAWeftMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = taken.getLocalPort();
      try (JarProcess jar = JarProcess.start(SMALL_HEAP, dir, Map.of(), "-cluster",
          "--port", String.valueOf(JarProcess.freePort()), "-conf", "{\"cluster\": {\"port\": " + port + "}}")) {
        int status = jar.awaitExit();
        System.out.printf("[launcher] taken cluster port: exit %d after %d ms%n", status, jar.millisSinceStart());
        assertThat(status).isNotZero();
        String message = jar.stderr().lines().filter(l -> l.startsWith("weft: ")).findFirst().orElse("");
        assertThat(message).startsWith("weft: cluster: cannot join as 127.0.0.1:" + port + ": ")
            .contains("already in use");
        assertThat(jar.output()).doesNotContain(LISTENING);
      }
    }
  }

  @Test
  void withoutClusteringNoHazelcastClassIsLoaded() throws Exception {
    int port = JarProcess.freePort();
    Path classes = dir.resolve("classes.txt");
    List<String> options = List.of("-Xmx256m", "-Xlog:class+load=info:file=" + classes);
    try (JarProcess jar = JarProcess.start(options, dir, Map.of(), "--port", String.valueOf(port))) {
      jar.awaitOk("http://127.0.0.1:" + port + "/");
      System.out.printf("[launcher] unclustered java -jar start -> first 200 on GET /: %d ms (JDK %d)%n",
          jar.millisSinceStart(), Runtime.version().feature());
      List<String> loaded = Files.readAllLines(classes);
      assertThat(loaded).as("class-load log").anyMatch(l -> l.contains("dev.weft.server.WeftLauncher"));
      assertThat(loaded).noneMatch(l -> l.contains("com.hazelcast.") || l.contains("io.vertx.spi.cluster."));
    }
  }
}
