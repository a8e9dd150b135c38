package dev.weft.metrics;

import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;

/**
 * {@code GET <metrics.path>} (default {@code /metrics}), relative to where Weft's router is
 * mounted, like the health endpoints: Prometheus's text format (or OpenMetrics, when the scraper
 * asks for it), from vertx-micrometer-metrics' {@link PrometheusScrapingHandler}. Never cached.
 */
public final class MetricsEndpoint {

  private MetricsEndpoint() {
  }

  /** Adds the endpoint for {@code metrics} at {@code path}. */
  public static void mount(Router router, String path, WeftMetrics metrics) {
    router.get(path)
        .handler(ctx -> {
          ctx.response().putHeader("Cache-Control", "no-store");
          ctx.next();
        })
        .handler(PrometheusScrapingHandler.create(metrics.registry()));
  }
}
