package dev.weft.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With Vert.x's own Micrometer metrics on (as the launcher starts it, {@link MetricsSetup}), one
 * page shows Vert.x's HTTP and event-bus metrics beside Weft's; the Weft instances of one Vert.x
 * share their meters, so a scrape reaching any of them shows the sum.
 */
class VertxRegistryTest {

  private static final App HELLO = page -> page.add(new Text("Hello"));

  @Test
  void oneScrapeShowsVertxAndWeftMetrics() throws Exception {
    VertxOptions options = MetricsSetup.apply(new VertxOptions(), WeftTestServer.config().toJson());
    // a registry of its own: vertx-micrometer-metrics keeps registries by name, JVM-wide
    ((MicrometerMetricsOptions) options.getMetricsOptions()).setRegistryName("test-" + UUID.randomUUID());
    Vertx vertx = Vertx.vertx(options);
    MetricsSetup.deferJvmMeters(vertx); // as the launcher does: Weft binds them once it listens
    try {
      WeftVerticle verticle = new WeftVerticle(WeftTestServer.config(), Map.of("/", HELLO));
      await(vertx.deployVerticle(verticle));
      assertThat(verticle.weft().metrics().includesVertx()).isTrue();
      String base = "http://localhost:" + verticle.actualPort();
      try (WeftTestClient client = WeftTestClient.connect(base + "/")) {
        client.awaitText("Hello", Duration.ofSeconds(10));
        Scrape scrape = Scrape.await(base + "/metrics", "Vert.x's and Weft's metrics",
            s -> s.body.contains("vertx_http_server_requests_total")
                && s.value("weft_sessions_opened_total") == 1.0
                && s.body.contains("jvm_memory_used_bytes"));
        assertThat(scrape.body).contains("vertx_eventbus_").contains("jvm_gc_").contains("jvm_threads_live_threads")
            .contains("process_cpu_usage").contains("process_uptime_seconds");
        assertThat(scrape.body).as("no event-bus address label: one per session would grow forever")
            .doesNotContain("address=\"weft.");
      }
    } finally {
      await(vertx.close());
    }
  }

  @Test
  void theJvmMetersAreBoundOncePerVertxAndOnlyWhenDeferredToWeft() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      io.micrometer.core.instrument.simple.SimpleMeterRegistry registry =
          new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
      await(MetricsSetup.bindDeferredJvmMeters(vertx, registry));
      assertThat(registry.find("jvm.memory.used").meters()).as("not deferred: Vert.x's to bind").isEmpty();
      MetricsSetup.deferJvmMeters(vertx);
      await(MetricsSetup.bindDeferredJvmMeters(vertx, registry));
      int bound = registry.getMeters().size();
      assertThat(registry.find("jvm.memory.used").meters()).isNotEmpty();
      assertThat(registry.find("jvm.threads.live").gauge()).isNotNull();
      assertThat(registry.find("process.uptime").timeGauge()).isNotNull();
      await(MetricsSetup.bindDeferredJvmMeters(vertx, registry));
      assertThat(registry.getMeters()).as("a second Weft instance binds nothing more").hasSize(bound);
    } finally {
      await(vertx.close());
    }
  }

  @Test
  void theLauncherLeavesTheJvmMetersOutOfVertxOwnSetup() {
    VertxOptions options = MetricsSetup.apply(new VertxOptions(), WeftTestServer.config().toJson());
    MicrometerMetricsOptions metrics = (MicrometerMetricsOptions) options.getMetricsOptions();
    assertThat(metrics.isEnabled()).isTrue();
    assertThat(metrics.isJvmMetricsEnabled()).as("bound after listening instead").isFalse();
    assertThat(MetricsSetup.enables(options, WeftTestServer.config().toJson()))
        .as("options with metrics of their own are left alone").isFalse();
  }

  @Test
  void weftInstancesOfOneVertxShareTheirMeters() {
    Vertx vertx = Vertx.vertx();
    try {
      Weft one = Weft.create(vertx, WeftTestServer.config(), Map.of("/", HELLO));
      Weft two = Weft.create(vertx, WeftTestServer.config(), Map.of("/", HELLO));
      assertThat(one.metrics()).isSameAs(two.metrics());
      assertThat(one.metrics().includesVertx()).isFalse();
      await(Future.join(one.close(), two.close()));
    } finally {
      await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
