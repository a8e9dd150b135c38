package dev.weft.metrics;

import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;

/**
 * Turns on Vert.x's own metrics (vertx-micrometer-metrics, a Prometheus registry, plus the JVM's
 * memory, GC and thread meters) for app-fat.jar, before Vert.x starts: Weft's meters then join
 * that registry ({@link WeftMetrics}), so {@code /metrics} shows both. Vert.x's default labels
 * are kept: method, status code, pool type and name, event-bus side — never an event-bus address
 * or a URL path, whose values (one per session, one per file) would grow without bound.
 */
public final class MetricsSetup {

  private MetricsSetup() {
  }

  /**
   * Enables Micrometer metrics on {@code options} when {@code metrics.enabled} and
   * {@code metrics.vertx} are, unless the options already enable metrics of their own
   * ({@code -options}).
   *
   * @param config the resolved configuration, every key present (what the launcher deploys)
   */
  public static VertxOptions apply(VertxOptions options, JsonObject config) {
    JsonObject metrics = config.getJsonObject("metrics", new JsonObject());
    boolean wanted = metrics.getBoolean("enabled", true) && metrics.getBoolean("vertx", true);
    if (!wanted || (options.getMetricsOptions() != null && options.getMetricsOptions().isEnabled())) {
      return options;
    }
    return options.setMetricsOptions(new MicrometerMetricsOptions()
        .setEnabled(true)
        .setJvmMetricsEnabled(true)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)));
  }
}
