package dev.weft.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxBootstrap;
import io.vertx.core.json.JsonObject;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.backends.BackendRegistries;
import io.vertx.micrometer.backends.BackendRegistry;
import io.vertx.micrometer.impl.VertxMetricsImpl;
import io.vertx.micrometer.impl.meters.LongGauges;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Vert.x's own metrics as vertx-micrometer-metrics makes them, with one change: the event bus is
 * counted by {@link EventBusMeters}, which shows the same meters at a counter increment per
 * message instead of several registry look-ups. What the launcher builds Vert.x with
 * ({@link #install}); a Vert.x built without it (an embedder's, a test's) gets vertx-micrometer's
 * factory from the service loader, and the same meters, only slower.
 *
 * <p>Like vertx-micrometer's factory it keeps the gauges' values per registry, in a map of its
 * own: two Vert.x instances of one JVM that share a registry (the same {@code registryName})
 * should both be built with this factory, or neither.
 */
public final class VertxMeters implements VertxMetricsFactory {

  private static final Map<MeterRegistry, ConcurrentMap<Meter.Id, LongAdder>> GAUGES =
      new WeakHashMap<>(1);

  /**
   * Builds {@code builder}'s Vert.x with this factory. The options may still change before
   * {@code build()} (the launcher turns metrics on after creating the builder): without metrics
   * enabled by then, this factory does nothing and Vert.x runs without metrics, as it would have.
   */
  public static VertxBuilder install(VertxBuilder builder) {
    return install(builder, null);
  }

  /**
   * As {@link #install(VertxBuilder)}, on {@code registry} (Vert.x's backend then uses it as it
   * would its own; {@link MetricsSetup#newRegistry}), or on the one the options name when null.
   */
  public static VertxBuilder install(VertxBuilder builder, MeterRegistry registry) {
    return builder.withMetrics(new VertxMeters(registry));
  }

  private final MeterRegistry registry; // null: the options' own

  private VertxMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void init(VertxBootstrap bootstrap) {
    MetricsOptions options = bootstrap.options().getMetricsOptions();
    if (options != null && options.isEnabled()) {
      VertxMetricsFactory.super.init(bootstrap);
    }
  }

  @Override
  public VertxMetrics metrics(VertxOptions vertxOptions) {
    MetricsOptions given = vertxOptions.getMetricsOptions();
    MicrometerMetricsOptions options = given instanceof MicrometerMetricsOptions micrometer
        ? micrometer : new MicrometerMetricsOptions(given.toJson());
    BackendRegistry backend = BackendRegistries.setupBackend(options, registry);
    ConcurrentMap<Meter.Id, LongAdder> gauges;
    synchronized (GAUGES) {
      gauges = GAUGES.computeIfAbsent(backend.getMeterRegistry(), r -> new ConcurrentHashMap<>());
    }
    LongGauges longGauges = new LongGauges(gauges);
    Metrics metrics = new Metrics(options, backend, longGauges);
    metrics.init();
    return metrics;
  }

  @Override
  public MetricsOptions newOptions(MetricsOptions options) {
    return options instanceof MicrometerMetricsOptions micrometer
        ? new MicrometerMetricsOptions(micrometer) : VertxMetricsFactory.super.newOptions(options);
  }

  @Override
  public MetricsOptions newOptions() {
    return new MicrometerMetricsOptions();
  }

  @Override
  public MetricsOptions newOptions(JsonObject json) {
    return json == null ? new MicrometerMetricsOptions() : new MicrometerMetricsOptions(json);
  }

  /** vertx-micrometer's metrics, but for the event bus's. */
  private static final class Metrics extends VertxMetricsImpl {

    private final LongGauges longGauges;

    Metrics(MicrometerMetricsOptions options, BackendRegistry backend, LongGauges longGauges) {
      super(options, backend, longGauges);
      this.longGauges = longGauges;
    }

    @Override
    public EventBusMetrics<?> createEventBusMetrics() {
      EventBusMetrics<?> vertxOwn = super.createEventBusMetrics();
      if (vertxOwn == null || enabledLabels.contains(Label.EB_ADDRESS)) {
        return vertxOwn; // the category is off, or every address has series of its own
      }
      return new EventBusMeters(registry, names.withBaseName(MetricsDomain.EVENT_BUS.getPrefix()),
          longGauges, enabledLabels.contains(Label.EB_SIDE), vertxOwn);
    }
  }
}
