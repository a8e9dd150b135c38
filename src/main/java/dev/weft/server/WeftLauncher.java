package dev.weft.server;

import dev.weft.metrics.MetricsSetup;
import io.vertx.core.json.JsonObject;
import io.vertx.launcher.application.HookContext;
import io.vertx.launcher.application.VertxApplication;
import io.vertx.launcher.application.VertxApplicationHooks;

/**
 * The {@code Main-Class} of app-fat.jar: Vert.x's launcher, with Weft's configuration checked
 * first. The stock launcher only warns about a missing or broken {@code -conf} and starts with
 * {@code {}}; this one reads the configuration (defaults, {@code -conf}, {@code WEFT_*}, flags)
 * before anything starts, and on a bad one prints {@code weft: <source>: <reason>} and exits with
 * status 2 without binding a port. The resolved configuration becomes the main verticle's config.
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

  private WeftLauncher(String[] args, JsonObject config) {
    super(args);
    this.config = config;
  }

  public static void main(String[] args) {
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
    int status = new WeftLauncher(parsed.rest(), config.toJson()).launch();
    if (status != 0) {
      System.exit(status); // 0 means deployed: the event loops keep the JVM alive
    }
  }

  @Override
  public JsonObject afterConfigParsed(JsonObject ignored) {
    return config.copy();
  }

  @Override
  public void beforeStartingVertx(HookContext context) {
    // Vert.x's own metrics, on the registry /metrics shows (metrics.*; see MetricsSetup)
    MetricsSetup.apply(context.vertxOptions(), config);
  }
}
