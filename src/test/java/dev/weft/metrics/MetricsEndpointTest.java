package dev.weft.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.session.SessionMetrics;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} over real HTTP, scraped before and after a known amount of work: each
 * counter moves by exactly that work, each gauge shows the state it left.
 */
class MetricsEndpointTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path uploads;

  private static App counter() {
    return page -> {
      AtomicInteger clicks = new AtomicInteger();
      Text count = new Text("0").key("count");
      page.add(count,
          new Button("+1", e -> count.value(String.valueOf(clicks.incrementAndGet()))),
          new Button("Fail", e -> {
            throw new IllegalStateException("boom");
          }),
          Button.async("Async +1", e -> {
            count.value(String.valueOf(clicks.incrementAndGet()));
            return CompletableFuture.completedFuture(null);
          }),
          new Button("Leave", e -> page.close()));
    };
  }

  @Test
  void countersMoveByExactlyTheWorkDone() throws Exception {
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("upload.dir", uploads.toString()), Map.of("/", counter()))) {
      String metrics = server.url("/metrics");
      Scrape before = Scrape.get(metrics);
      assertThat(before.status).isEqualTo(200);
      assertThat(before.contentType).startsWith("text/plain");
      assertThat(before.value("weft_cluster_members")).isEqualTo(1.0);

      WeftTestClient a = WeftTestClient.connect(server.url());
      WeftTestClient b = WeftTestClient.connect(server.url());
      WeftTestClient c = WeftTestClient.connect(server.url());
      try {
        for (WeftTestClient client : new WeftTestClient[] {a, b, c}) {
          client.awaitText("+1", WAIT);
        }
        for (int i = 0; i < 10; i++) {
          a.click("+1");
        }
        a.awaitText("10", WAIT);
        a.click("Fail");
        a.awaitAppError(WAIT);
        b.click("Async +1");
        b.awaitText("1", WAIT);
        b.click("Leave");
        b.awaitClose(WAIT);
        c.send("not json");
        c.awaitProtocolError(WAIT);
        String upload = server.weft().uploadUrls().issue("/", c.sessionId(), "notes.txt");
        HttpResponse<String> put = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(server.url("/" + upload)))
                .PUT(HttpRequest.BodyPublishers.ofString("x".repeat(1234))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        c.disconnect();

        Scrape after = Scrape.await(metrics, "c's session detached",
            s -> s.value("weft_sessions_detached") == 1.0);
        assertThat(after.value("weft_sessions_attached")).as("a only").isEqualTo(1.0);
        assertThat(after.value("weft_sockets_attached")).as("a's socket only").isEqualTo(1.0);
        assertThat(after.value("weft_sockets_remote")).as("one instance: no hop").isEqualTo(0.0);
        assertThat(delta(before, after, "weft_sessions_opened_total")).isEqualTo(3);
        assertThat(delta(before, after, "weft_sessions_ended_total")).as("b left").isEqualTo(1);
        assertThat(delta(before, after, "weft_events_handled_total"))
            .as("10 clicks, Fail, Async +1, Leave").isEqualTo(13);
        assertThat(delta(before, after, "weft_handler_duration_seconds_count{kind=\"blocking\"}"))
            .isEqualTo(12);
        assertThat(delta(before, after, "weft_handler_duration_seconds_count{kind=\"async\"}"))
            .isEqualTo(1);
        assertThat(after.value("weft_handler_duration_seconds_bucket{kind=\"blocking\",le=\"+Inf\"}"))
            .isEqualTo(12.0);
        assertThat(delta(before, after, "weft_handler_failures_total{kind=\"blocking\"}")).isEqualTo(1);
        assertThat(delta(before, after, "weft_handler_failures_total{kind=\"async\"}")).isZero();
        assertThat(delta(before, after, "weft_protocol_errors_total{code=\"bad_json\"}")).isEqualTo(1);
        assertThat(delta(before, after, "weft_upload_bytes_total")).isEqualTo(1234);
        assertThat(after.value("weft_blocking_handlers_in_flight")).isZero();
      } finally {
        a.close();
        b.close();
        c.close();
      }
    }
  }

  @Test
  void blockingHandlersInFlightCountsAHandlerWhileItRuns() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    App app = page -> page.add(new Button("Wait", e -> {
      running.countDown();
      release.await(20, TimeUnit.SECONDS);
    }));
    try (WeftTestServer server = WeftTestServer.start(app);
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      String metrics = server.url("/metrics");
      client.awaitText("Wait", WAIT);
      client.click("Wait");
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      Scrape.await(metrics, "one blocking handler running",
          s -> s.value("weft_blocking_handlers_in_flight") == 1.0);
      release.countDown();
      Scrape.await(metrics, "none running",
          s -> s.value("weft_blocking_handlers_in_flight") == 0.0
              && s.value("weft_handler_duration_seconds_count{kind=\"blocking\"}") == 1.0);
    } finally {
      release.countDown();
    }
  }

  @Test
  void metricsPathMovesTheEndpoint() {
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("metrics.path", "/ops/prometheus"), Map.of("/app/", counter()))) {
      assertThat(Scrape.get(server.url("/ops/prometheus")).body).contains("weft_sessions_opened_total");
      assertThat(Scrape.get(server.url("/metrics")).status).isEqualTo(404);
    }
  }

  @Test
  void disabledMetricsServeNothingAndCountNothing() {
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("metrics.enabled", false), Map.of("/app/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url("/app/"))) {
      client.awaitText("+1", WAIT);
      assertThat(Scrape.get(server.url("/metrics")).status).isEqualTo(404);
      assertThat(server.weft().metrics()).isNull();
      assertThat(server.weft().sessionMetrics()).isSameAs(SessionMetrics.NONE);
      assertThat(server.weft().sessions().metrics()).isSameAs(SessionMetrics.NONE);
    }
  }

  private static double delta(Scrape before, Scrape after, String series) {
    assertThat(after.has(series)).as(series + " in\n" + after.body).isTrue();
    return after.value(series) - before.value(series);
  }
}
