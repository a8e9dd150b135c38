package dev.weft.server;

import dev.weft.assets.ClientBundle;
import dev.weft.cluster.ClusterSettings;
import dev.weft.cluster.ClusterVertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import dev.weft.metrics.MetricsSetup;
import dev.weft.metrics.VertxMeters;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.launcher.application.HookContext;
import io.vertx.launcher.application.VertxApplication;
import io.vertx.launcher.application.VertxApplicationHooks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code Main-Class} of app-fat.jar: Vert.x's launcher, with Weft's configuration checked
 * first. The stock launcher only warns about a missing or broken {@code -conf} and starts with
 * {@code {}}; this one reads the configuration (defaults, {@code -conf}, {@code WEFT_*}, flags)
 * before anything starts, and on a bad one prints {@code weft: <source>: <reason>} and exits with
 * status 2 without binding a port. The resolved configuration becomes the main verticle's config.
 *
 * <p>With {@code cluster.enabled} (or {@code -cluster}) Vert.x starts clustered, its cluster
 * manager built from the {@code cluster.*} keys ({@link ClusterVertx}); a start that cannot join
 * prints {@code weft: cluster: <reason>} and exits non-zero. Without it, nothing of Hazelcast is
 * loaded.
 *
 * <p>Stopping is the stock launcher's: on SIGTERM its JVM shutdown hook closes Vert.x and waits
 * up to two minutes. Each Weft instance drains from a Vert.x close hook before anything is
 * undeployed ({@link VertxCloseHook}), so {@code /health/ready} answers 503, running handlers
 * finish within {@code shutdown.drainSeconds}, browsers are told 1012, and the JVM exits by
 * itself with status 143.
 */
public final class WeftLauncher extends VertxApplication implements VertxApplicationHooks {

  /** The exit status for a bad command line or configuration. */
  public static final int BAD_CONFIGURATION = 2;

  private final JsonObject config;
  private final ClusterSettings cluster;
  private final CompletableFuture<PrometheusMeterRegistry> registry; // null: metrics off
  private boolean jvmMetersDeferred;

  private WeftLauncher(String[] args, WeftConfig config,
                       CompletableFuture<PrometheusMeterRegistry> registry) {
    super(args);
    this.config = config.toJson();
    this.cluster = config.cluster();
    this.registry = registry;
  }

  /**
   * Starts building the registry of Vert.x's metrics ({@link MetricsSetup#newRegistry}) on a
   * thread of its own, beside the main thread's parsing of Vert.x's command line and options,
   * which come first and do not need it. (Left unused when {@code -options} bring metrics of
   * their own.)
   */
  private static CompletableFuture<PrometheusMeterRegistry> startRegistry() {
    CompletableFuture<PrometheusMeterRegistry> registry = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        registry.complete(MetricsSetup.newRegistry());
      } catch (Throwable t) {
        registry.completeExceptionally(t);
      }
    }, "weft-metrics-registry");
    thread.setDaemon(true);
    thread.start();
    return registry;
  }

  public static void main(String[] args) {
    ClientBundle.preload(); // read beside Vert.x's start, not after it: the first page needs it
    Logs.configure();
    LaunchArgs parsed;
    WeftConfig config;
    try {
      parsed = LaunchArgs.parse(args);
      if (parsed.help()) {
        System.out.print(LaunchArgs.usage());
        return;
      }
      config = WeftConfig.load(parsed.conf(), System.getenv(), parsed.flags());
    } catch (ConfigException e) {
      System.err.println(e.describe());
      System.exit(BAD_CONFIGURATION);
      return;
    }
    CompletableFuture<PrometheusMeterRegistry> registry = config.metricsEnabled() && config.metricsVertx()
        ? startRegistry() : null;
    int status = new WeftLauncher(vertxArgs(parsed, config), config, registry).launch();
    if (status != 0) {
      System.exit(status); // 0 means deployed: the event loops keep the JVM alive
    }
  }

  /** The arguments for Vert.x's launcher: {@code -cluster} is how it is told to build clustered. */
  private static String[] vertxArgs(LaunchArgs parsed, WeftConfig config) {
    List<String> args = new ArrayList<>(Arrays.asList(parsed.rest()));
    if (config.cluster().enabled()) {
      args.add("-cluster");
    }
    return args.toArray(String[]::new);
  }

  @Override
  public JsonObject afterConfigParsed(JsonObject ignored) {
    return config.copy();
  }

  @Override
  public VertxBuilder createVertxBuilder(VertxOptions options) {
    // Vert.x's own metrics, on the registry /metrics shows (metrics.*; see MetricsSetup), built
    // meanwhile; here rather than in beforeStartingVertx, which the launcher calls after this
    jvmMetersDeferred = registry != null && MetricsSetup.enables(options, config);
    if (jvmMetersDeferred) {
      MetricsSetup.apply(options, config);
    }
    VertxBuilder builder = cluster.enabled() ? ClusterVertx.builder(options, cluster)
        : VertxApplicationHooks.super.createVertxBuilder(options);
    // Weft's event-bus meters (VertxMeters), on the registry built meanwhile when there is one
    return VertxMeters.install(builder, jvmMetersDeferred ? registry.join() : null);
  }

  @Override
  public void afterFailureToStartVertx(HookContext context, Throwable failure) {
    if (cluster.enabled()) {
      System.err.println("weft: cluster: cannot join as " + cluster.host() + ":" + cluster.port()
          + ": " + ClusterFailure.reason(failure));
    }
  }

  @Override
  public void afterVertxStarted(HookContext context) {
    if (jvmMetersDeferred) {
      MetricsSetup.deferJvmMeters(context.vertx()); // bound by Weft.start, once listening
    }
  }
}
