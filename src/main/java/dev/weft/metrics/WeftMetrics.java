package dev.weft.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.shareddata.Shareable;
import io.vertx.micrometer.impl.MicrometerMetrics;

/**
 * The Prometheus registry {@code GET /metrics} shows, and Weft's meters on it: one of each per
 * Vert.x instance, not per Weft instance and not per JVM. {@code -instances 4} deploys four Weft
 * instances sharing one port, and a scrape reaches any one of them: each must show the sum, so
 * they share the meters (a gauge registered twice under one name would show only the first
 * instance's value). Two Vert.x instances in one JVM (tests, embedders) count apart.
 *
 * <p>When Vert.x runs with vertx-micrometer-metrics and a Prometheus registry (app-fat.jar does,
 * {@link MetricsSetup}), Weft's meters go on that registry, so one page shows Vert.x's HTTP,
 * event-bus and pool metrics beside Weft's. Otherwise Weft keeps a registry of its own, with
 * Weft's meters only.
 */
public final class WeftMetrics implements Shareable {

  private static final String MAP = "weft.metrics";

  private final PrometheusMeterRegistry registry;
  private final WeftMeters meters;
  private final boolean vertxRegistry;

  private WeftMetrics(PrometheusMeterRegistry registry, boolean vertxRegistry, Vertx vertx) {
    this.registry = registry;
    this.meters = new WeftMeters(registry, () -> clusterMembers(vertx));
    this.vertxRegistry = vertxRegistry;
  }

  /** The metrics of {@code vertx}'s Weft instances, created by the first one that asks. */
  public static WeftMetrics of(Vertx vertx) {
    return vertx.sharedData().<String, WeftMetrics>getLocalMap(MAP)
        .computeIfAbsent("metrics", k -> {
          PrometheusMeterRegistry own = vertxRegistry(vertx);
          return own != null ? new WeftMetrics(own, true, vertx)
              : new WeftMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), false, vertx);
        });
  }

  /** The cluster's members as Vert.x's cluster manager knows them; 1 when not clustered. */
  private static int clusterMembers(Vertx vertx) {
    if (vertx.isClustered() && vertx instanceof VertxInternal internal
        && internal.clusterManager() != null) {
      return internal.clusterManager().getNodes().size();
    }
    return 1;
  }

  /** The registry to scrape. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Weft's meters, which the session code reports to. */
  public WeftMeters meters() {
    return meters;
  }

  /** Whether the registry is Vert.x's own, so Vert.x's metrics show too. */
  public boolean includesVertx() {
    return vertxRegistry;
  }

  /**
   * Vert.x's Prometheus registry, or null. vertx-micrometer-metrics keeps it in its
   * {@code VertxMetrics}, reachable only through internal types; the public
   * {@code BackendRegistries.getNow(name)} would need the registry name Vert.x was started with,
   * which a Weft embedded in someone else's Vert.x does not know.
   */
  private static PrometheusMeterRegistry vertxRegistry(Vertx vertx) {
    if (!vertx.isMetricsEnabled() || !(vertx instanceof VertxInternal internal)) {
      return null;
    }
    try {
      return internal.metrics() instanceof MicrometerMetrics micrometer
          && micrometer.registry() instanceof PrometheusMeterRegistry prometheus ? prometheus : null;
    } catch (LinkageError e) {
      return null; // another metrics implementation, without vertx-micrometer-metrics' classes
    }
  }
}
