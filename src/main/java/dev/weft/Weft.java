package dev.weft;

import dev.weft.protocol.Codec;
import dev.weft.server.AppMount;
import dev.weft.server.DevServer;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftRouter;
import dev.weft.session.BlockingHandoff;
import dev.weft.session.SessionSettings;
import dev.weft.session.Sessions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Weft instance: the apps it serves, their sessions, the hand-off for blocking handlers, and
 * the {@link Router} that serves them. Everything hangs off this object — there are no global
 * singletons — so several can live in one JVM.
 *
 * <p>To try an app on your machine, {@link #run(App)}. To serve apps from configuration, run
 * {@code java -jar app-fat.jar -conf conf/config.json}. To add Weft to a Vert.x application,
 * {@link #create(Vertx, WeftConfig)} and mount {@link #router()} in yours.
 */
public final class Weft implements AutoCloseable {

  private final Vertx vertx;
  private final WeftConfig config;
  private final Codec codec = new Codec();
  private final BlockingHandoff handoff;
  private final Sessions sessions;
  private final List<AppMount> mounts;
  private final Router router;

  private Weft(Vertx vertx, WeftConfig config, List<AppMount> mounts) {
    this.vertx = vertx;
    this.config = config;
    this.handoff = BlockingHandoff.create(vertx, config.executor(), config.workerPoolSize());
    this.sessions = new Sessions(vertx, handoff,
        new SessionSettings(config.sessionTimeout(), config.maxErrors()), codec);
    this.mounts = List.copyOf(mounts);
    this.router = WeftRouter.create(this);
  }

  /** Serves the apps the configuration's {@code apps} key names. */
  public static Weft create(Vertx vertx, WeftConfig config) {
    return new Weft(vertx, config, config.apps().stream().map(AppMount::load).toList());
  }

  /**
   * Serves the given apps, by mount path ({@code "/"}, {@code "/admin/"}), ignoring the
   * configuration's {@code apps}. Each app is an {@link App} or an {@link AsyncApp}.
   */
  public static Weft create(Vertx vertx, WeftConfig config, Map<String, ?> apps) {
    List<AppMount> mounts = new ArrayList<>();
    apps.forEach((path, app) -> mounts.add(AppMount.of(path, app)));
    return new Weft(vertx, config, mounts);
  }

  /** Runs a blocking-main app on this machine (see {@link DevServer} for port and browser rules). */
  public static DevServer.Running run(App app) {
    return DevServer.start(app, System.getenv());
  }

  /** Runs an async-main app on this machine. */
  public static DevServer.Running run(AsyncApp app) {
    return DevServer.start(app, System.getenv());
  }

  /** The router serving every mounted app: use it as a server's request handler, or mount it. */
  public Router router() {
    return router;
  }

  /** HTTP server options matching the configuration: host, port, WebSocket limits. */
  public HttpServerOptions serverOptions() {
    int hardLimit = (int) Math.min(Integer.MAX_VALUE, 4L * config.maxFrameSize());
    return new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setMaxWebSocketFrameSize(hardLimit)
        .setMaxWebSocketMessageSize(hardLimit)
        .setPerMessageWebSocketCompressionSupported(config.compression())
        .setPerFrameWebSocketCompressionSupported(config.compression());
  }

  public WeftConfig config() {
    return config;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The sessions this instance opens. */
  public Sessions sessions() {
    return sessions;
  }

  /** The protocol's codec, shared by every connection and session. */
  public Codec codec() {
    return codec;
  }

  /** The mounted apps. */
  public List<AppMount> mounts() {
    return mounts;
  }

  /** The hand-off running blocking handlers: its mode says virtual threads or worker pool. */
  public BlockingHandoff handoff() {
    return handoff;
  }

  /** Sessions this instance opened that are still alive. */
  public int liveSessions() {
    return sessions.live();
  }

  @Override
  public void close() {
    handoff.close();
  }
}
