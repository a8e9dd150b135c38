package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * app-fat.jar's {@code /metrics}: Vert.x's own HTTP, event-bus and JVM metrics beside Weft's,
 * and with {@code -instances 2} every scrape, whichever instance answers it, counts the sessions
 * of both; {@code metrics.enabled=false} serves none.
 */
class LauncherMetricsIT {

  @TempDir
  Path dir;

  @Test
  void theJarsMetricsShowVertxAndWeftForEveryInstance() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-instances", "2", "--port", String.valueOf(port))) {
      jar.awaitOk("http://127.0.0.1:" + port + "/");
      // the JVM's meters are bound a second after listening (MetricsSetup), past the first page
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (!scrape(port).contains("jvm_memory_used_bytes") && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      List<RawSession> open = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          RawSession session = RawSession.connect(port, "/");
          open.add(session);
          session.register("/");
        }
        for (int i = 0; i < 4; i++) { // the two instances take turns at accepting connections
          String body = scrape(port);
          assertThat(body).contains("weft_sessions_opened_total 4.0")
              .contains("weft_sessions_attached 4.0")
              .contains("vertx_http_server_requests_total")
              .contains("vertx_http_server_active_ws_connections")
              .contains("vertx_eventbus_")
              .contains("jvm_memory_used_bytes")
              .contains("jvm_threads_live_threads")
              .contains("process_uptime_seconds");
          if (i == 0) {
            System.out.println("[metrics] app-fat.jar /metrics: " + body.length() + " bytes, "
                + body.lines().filter(l -> !l.startsWith("#")).count() + " samples");
          }
        }
      } finally {
        open.forEach(RawSession::close);
      }
    }
  }

  @Test
  void metricsVertxFalseKeepsWeftsMetersAndDropsVertxs() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_METRICS_VERTX", "false"),
        "--port", String.valueOf(port))) {
      String body = jar.awaitOk("http://127.0.0.1:" + port + "/metrics").body();
      assertThat(body).contains("weft_sessions_opened_total").doesNotContain("vertx_")
          .doesNotContain("jvm_");
    }
  }

  @Test
  void metricsDisabledServesNoMetrics() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_METRICS_ENABLED", "false"),
        "--port", String.valueOf(port))) {
      jar.awaitOk("http://127.0.0.1:" + port + "/");
      HttpResponse<String> response = JarProcess.HTTP.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      // the demo app is mounted at /, whose client routes answer any other path with the page
      assertThat(response.body()).doesNotContain("# TYPE").doesNotContain("weft_");
    }
  }

  private static String scrape(int port) throws Exception {
    return JarProcess.HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
