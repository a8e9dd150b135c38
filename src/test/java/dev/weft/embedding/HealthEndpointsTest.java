package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.health.Lifecycle;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health/live} and {@code /health/ready} over real HTTP, on a Weft mounted in a host's
 * router at {@code /weft-app/}: so at {@code /weft-app/health/...}, once for the router, not under
 * each app. Ready follows the lifecycle: 503 before {@code start()}, 200 while serving, 503 from
 * the first moment of {@code close()} — while a handler still runs and the server still serves —
 * and after. Tagged {@code handlers}: the drain waits for a blocking handler.
 */
@Tag("handlers")
class HealthEndpointsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String READY = MountedInRouter.MOUNT + "/health/ready";
  private static final String LIVE = MountedInRouter.MOUNT + "/health/live";

  @TempDir
  Path uploads;
  private final Host host = new Host();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private Weft weft;

  private void serve() {
    App main = page -> page.add(new Button("Work", e -> {
      started.countDown();
      release.await(20, TimeUnit.SECONDS); // runs until the test lets it finish
      page.add(new Text("Work done"));
    }));
    App admin = page -> page.add(new Text("admin"));
    Map<String, App> apps = new LinkedHashMap<>();
    apps.put("/", main);
    apps.put("/admin/", admin);
    weft = Weft.create(host.vertx, WeftTestServer.config("upload.dir", uploads.toString(),
        "shutdown.drainSeconds", 20), apps);
    MountedInRouter.mountWeft(host.router, weft);
    host.listen();
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (weft != null) {
      Host.await(weft.close());
    }
    host.close();
  }

  @Test
  void readyIs503UntilStartCompletesThen200NamingEachCheck() {
    serve();
    HttpResponse<Buffer> starting = host.get(READY);
    assertThat(starting.statusCode()).isEqualTo(503);
    assertThat(check(starting, "lifecycle")).isEqualTo(new JsonObject()
        .put("id", "lifecycle").put("status", "DOWN").put("data", new JsonObject().put("state", "starting")));
    assertThat(host.get(LIVE).statusCode()).as("live before start").isEqualTo(200);

    Host.await(weft.start());
    HttpResponse<Buffer> serving = host.get(READY);
    assertThat(serving.statusCode()).isEqualTo(200);
    assertThat(serving.getHeader("Content-Type")).startsWith("application/json");
    assertThat(serving.getHeader("Cache-Control")).isEqualTo("no-store");
    JsonObject body = serving.bodyAsJsonObject();
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(check(serving, "lifecycle").getJsonObject("data").getString("state")).isEqualTo("serving");
    assertThat(check(serving, "sessions").getString("status")).isEqualTo("UP");
    assertThat(check(serving, "sessions").getJsonObject("data").getBoolean("accepting")).isTrue();

    HttpResponse<Buffer> live = host.get(LIVE);
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(check(live, "event-loop").getString("status")).isEqualTo("UP");
  }

  @Test
  void readyIs503FromTheFirstMomentOfCloseWhileAHandlerDrainsAndLiveStays200() throws Exception {
    serve();
    Host.await(weft.start());
    try (WeftTestClient client = WeftTestClient.connect(host.url(MountedInRouter.MOUNT + "/"))) {
      client.click("Work");
      assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the handler runs").isTrue();
      assertThat(host.get(READY).statusCode()).isEqualTo(200);

      Future<Void> closed = weft.close();
      assertThat(weft.lifecycle()).isEqualTo(Lifecycle.DRAINING);
      HttpResponse<Buffer> draining = host.get(READY);
      assertThat(closed.isComplete()).as("the handler still holds the drain").isFalse();
      assertThat(draining.statusCode()).isEqualTo(503);
      assertThat(check(draining, "lifecycle").getJsonObject("data").getString("state")).isEqualTo("draining");
      assertThat(check(draining, "sessions").getJsonObject("data").getBoolean("accepting")).isFalse();
      HttpResponse<Buffer> live = host.get(LIVE);
      assertThat(live.statusCode()).as("live while draining").isEqualTo(200);
      assertThat(check(live, "event-loop").getJsonObject("data").getString("state")).isEqualTo("draining");

      release.countDown();
      Host.await(closed);
      client.awaitText("Work done", WAIT);
      assertThat(client.awaitClose(WAIT).code()).isEqualTo(1012);
      HttpResponse<Buffer> after = host.get(READY);
      assertThat(after.statusCode()).isEqualTo(503);
      assertThat(check(after, "lifecycle").getJsonObject("data").getString("state")).isEqualTo("closed");
      assertThat(Host.await(weft.start().map("no").otherwise(t -> "refused"))).isEqualTo("refused");
      assertThat(host.get(READY).statusCode()).as("start() after close() does not make it ready")
          .isEqualTo(503);
    }
  }

  @Test
  void theEndpointsAnswerAtTheRoutersRootNotUnderEachAppNorAtTheHostsRoot() {
    serve();
    Host.await(weft.start());
    assertThat(host.get(READY).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> underApp = host.get(MountedInRouter.MOUNT + "/admin/health/ready");
    assertThat(underApp.getHeader("Content-Type")).as("the admin app's own page, not health")
        .startsWith("text/html");
    assertThat(host.get("/health/ready").statusCode()).as("the host's root: not Weft's")
        .isEqualTo(404);
  }

  private static JsonObject check(HttpResponse<Buffer> response, String id) {
    JsonArray checks = response.bodyAsJsonObject().getJsonArray("checks");
    for (int i = 0; i < checks.size(); i++) {
      if (id.equals(checks.getJsonObject(i).getString("id"))) {
        return checks.getJsonObject(i);
      }
    }
    throw new AssertionError("no check " + id + " in " + response.bodyAsString());
  }
}
