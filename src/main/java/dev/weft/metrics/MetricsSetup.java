package dev.weft.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmCompilationMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.time.Duration;
import java.util.List;

/**
 * Turns on Vert.x's own metrics (vertx-micrometer-metrics, a Prometheus registry, plus the JVM's
 * memory, GC and thread meters) for app-fat.jar, before Vert.x starts: Weft's meters then join
 * that registry ({@link WeftMetrics}), so {@code /metrics} shows both. Vert.x's default labels
 * are kept: method, status code, pool type and name, event-bus side — never an event-bus address
 * or a URL path, whose values (one per session, one per file) would grow without bound.
 *
 * <p>Vert.x's meters are on from the start: they can only be given to Vert.x as it is built, and
 * they count the first connections. The JVM's meters are not: binding them starts the JDK's
 * management beans (≈ 200 classes, ≈ 40 ms of CPU on a cold JVM), which nothing before the first
 * page needs. Vert.x is told to leave them out ({@link #apply}), the launcher marks its Vert.x
 * ({@link #deferJvmMeters}), and the first Weft instance to start binds them on a worker thread
 * a second after its server listens ({@link #bindDeferredJvmMeters}). What that leaves out of
 * {@code /metrics}: nothing the gauges show (memory, threads, classes, CPU, uptime are read at
 * each scrape), but {@code jvm_gc_pause} and the GC's allocation counters count from that moment,
 * not from the process's start — a pause during the start-up (rare with a heap the size of a
 * server's) is not counted; {@code process_uptime} still counts from the start.
 */
public final class MetricsSetup {

  /** The local map {@link WeftMetrics} keeps its state in, per Vert.x instance. */
  private static final String MAP = "weft.metrics";
  private static final String JVM_METERS_DEFERRED = "jvm-meters-deferred";
  /**
   * How long after the server listens the JVM's meters are bound: past the first page, whose
   * requests arrive in the moments after listening and would otherwise share the CPU with them.
   */
  static final Duration JVM_METERS_DELAY = Duration.ofSeconds(1);

  private MetricsSetup() {
  }

  /**
   * Enables Micrometer metrics on {@code options} when {@code metrics.enabled} and
   * {@code metrics.vertx} are, unless the options already enable metrics of their own
   * ({@code -options}); the JVM's meters are left for {@link #deferJvmMeters}.
   *
   * @param config the resolved configuration, every key present (what the launcher deploys)
   */
  public static VertxOptions apply(VertxOptions options, JsonObject config) {
    if (!enables(options, config)) {
      return options;
    }
    return options.setMetricsOptions(new MicrometerMetricsOptions()
        .setEnabled(true)
        .setJvmMetricsEnabled(false) // bound after listening: deferJvmMeters
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)));
  }

  /**
   * Whether {@link #apply} turns metrics on for these options and configuration (and so leaves
   * the JVM's meters to {@link #deferJvmMeters}).
   */
  public static boolean enables(VertxOptions options, JsonObject config) {
    JsonObject metrics = config.getJsonObject("metrics", new JsonObject());
    boolean wanted = metrics.getBoolean("enabled", true) && metrics.getBoolean("vertx", true);
    return wanted && !(options.getMetricsOptions() != null && options.getMetricsOptions().isEnabled());
  }

  /**
   * The Prometheus registry {@link #apply}'s options would have Vert.x make, built now: the
   * launcher builds it on a thread of its own while its main thread reads the configuration and
   * the command line, then hands it to Vert.x ({@link VertxMeters#install(io.vertx.core.VertxBuilder,
   * io.micrometer.core.instrument.MeterRegistry)}). It is most of what Vert.x's
   * metrics cost at start (≈ 70 ms of CPU on a cold JVM: Micrometer's and Prometheus's classes).
   */
  public static PrometheusMeterRegistry newRegistry() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  /**
   * Marks a Vert.x started with {@link #apply}'s options: the first Weft instance that starts on
   * it binds the JVM's meters ({@link #bindDeferredJvmMeters}).
   */
  public static void deferJvmMeters(Vertx vertx) {
    vertx.sharedData().getLocalMap(MAP).put(JVM_METERS_DEFERRED, true);
  }

  /**
   * Binds the JVM's meters to {@code registry} on a worker thread {@link #JVM_METERS_DELAY} from
   * now, once per Vert.x instance, when {@link #deferJvmMeters} marked it; otherwise does nothing.
   *
   * @return completes when they are bound (at once when there was nothing to bind)
   */
  public static Future<Void> bindDeferredJvmMeters(Vertx vertx, MeterRegistry registry) {
    if (vertx.sharedData().getLocalMap(MAP).remove(JVM_METERS_DEFERRED) == null) {
      return Future.succeededFuture();
    }
    Promise<Void> bound = Promise.promise();
    vertx.setTimer(JVM_METERS_DELAY.toMillis(), id -> vertx.<Void>executeBlocking(() -> {
      List<MeterBinder> binders = jvmMeters();
      for (MeterBinder binder : binders) {
        binder.bindTo(registry);
      }
      // the GC meters listen to the JVM's notifications: stop them with this Vert.x, as Vert.x does
      if (vertx instanceof VertxInternal internal) {
        internal.addCloseHook(completion -> {
          for (MeterBinder binder : binders) {
            if (binder instanceof AutoCloseable closeable) {
              try {
                closeable.close();
              } catch (Exception e) {
                // a meter that cannot stop listening only keeps listening; nothing to tell anyone
              }
            }
          }
          completion.succeed();
        });
      }
      return null;
    }, false).onComplete(bound));
    return bound.future();
  }

  /** The JVM's meters, the ones vertx-micrometer-metrics binds with {@code jvmMetricsEnabled}. */
  static List<MeterBinder> jvmMeters() {
    return List.of(new ClassLoaderMetrics(), new JvmCompilationMetrics(), new JvmGcMetrics(),
        new JvmHeapPressureMetrics(), new JvmInfoMetrics(), new JvmMemoryMetrics(),
        new JvmThreadMetrics(), new ProcessorMetrics(), new UptimeMetrics());
  }
}
