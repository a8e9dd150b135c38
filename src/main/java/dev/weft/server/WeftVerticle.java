package dev.weft.server;

import dev.weft.Weft;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main verticle: one HTTP server whose one {@link io.vertx.ext.web.Router} serves every
 * mounted app, but for the WebSocket upgrades that open sessions, which {@link UpgradeShortcut}
 * takes before the router. {@code -instances N} deploys it N times; the instances share the port, and since a
 * session talks to its socket only over the event bus, any instance may hold either.
 *
 * <p>Its deployment config is Weft's configuration (the launcher passes the resolved one); keys
 * it leaves out take their defaults. An existing application can deploy it too, to give Weft a
 * port of its own; {@link WeftMountVerticle} mounts Weft in the application's router instead.
 * Either way Weft starts and closes with the deployment ({@link Weft#start()},
 * {@link Weft#close()}).
 *
 * <p>Its server is guarded against slow clients: {@link HeadersDeadline}
 * ({@code http.headersTimeoutSeconds}) and the idle timeout of {@link Weft#serverOptions()}
 * ({@code http.idleTimeoutSeconds}); an upgraded WebSocket is let go by both and guarded by its
 * pings ({@link PingRound}, {@link UpgradedIdleTimeout}).
 */
public final class WeftVerticle extends VerticleBase {

  private static final System.Logger LOG = System.getLogger(WeftVerticle.class.getName());

  private final WeftConfig preset;
  private final Map<String, ?> apps;
  private Weft weft;
  private HttpServer server;
  private HeadersDeadline headers; // null when http.headersTimeoutSeconds is 0

  /** For the launcher and {@code deployVerticle(WeftVerticle.class.getName(), ...)}. */
  public WeftVerticle() {
    this(null, null);
  }

  /**
   * A verticle serving given apps by mount path (ignoring the configuration's {@code apps}), or
   * the configured ones when {@code apps} is null.
   */
  public WeftVerticle(WeftConfig config, Map<String, ?> apps) {
    this.preset = config;
    this.apps = apps;
  }

  @Override
  public Future<?> start() throws Exception {
    WeftConfig config = preset != null ? preset : WeftConfig.from(config());
    weft = apps != null ? Weft.create(vertx, config, apps) : Weft.create(vertx, config);
    server = vertx.createHttpServer(weft.serverOptions());
    UpgradeShortcut requests = UpgradeShortcut.of(weft); // session opens skip the router
    if (config.headersTimeout().isZero()) {
      server.requestHandler(requests);
    } else {
      headers = HeadersDeadline.install(vertx, server, config.headersTimeout(), requests);
    }
    return server.listen()
        .recover(t -> Future.failedFuture(t instanceof java.net.BindException
            ? new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
                + ": " + t.getMessage() + " (choose another port with http.port, WEFT_PORT or --port)", t)
            : t))
        .compose(s -> weft.start())
        .onSuccess(v -> announce(config))
        .onFailure(t -> weft.close());
  }

  /**
   * Closes the Weft instance (see {@link Weft#close()}: readiness 503, running handlers drained,
   * sessions ended with 1012) before Vert.x closes the HTTP server, which it does only once this
   * completes — so the server answers {@code /health/ready} with 503 throughout the drain.
   *
   * <p>When Vert.x closes (SIGTERM: the launcher's shutdown hook closes Vert.x and waits up to two
   * minutes), the drain has already run by the time this is called: Weft closes itself from a
   * Vert.x close hook ({@link VertxCloseHook}), which runs before Vert.x undeploys anything, so
   * this server still answers health probes throughout. Sessions are not Vert.x deployments (they
   * run on their socket's event loop, started by Weft: see docs/architecture.md, "Where a session
   * runs"), so only {@link Weft#close()} ends them, never an undeployment. Undeploying just this
   * verticle, with Vert.x running on, ends its sessions (1012) first, with no drain.
   */
  @Override
  public Future<?> stop() {
    if (headers != null) {
      headers.close();
    }
    return weft == null ? Future.succeededFuture() : weft.close();
  }

  /** The Weft instance this verticle serves. */
  public Weft weft() {
    return weft;
  }

  /** The slowloris guard of this verticle's server, or null when it has none. */
  public HeadersDeadline headersDeadline() {
    return headers;
  }

  /** The port the server listens on (useful with {@code http.port} 0). */
  public int actualPort() {
    return server.actualPort();
  }

  /**
   * Logs where Weft listens, once per port however many instances share it: one record, since
   * it is written on the event loop just as the first requests may arrive.
   */
  private void announce(WeftConfig config) {
    if (vertx.sharedData().getLocalMap("weft.announced").putIfAbsent(server.actualPort(), true) != null) {
      return;
    }
    String apps = weft.mounts().stream()
        .map(m -> m.path() + " (" + m.main().name() + ")")
        .collect(Collectors.joining(", "));
    String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    LOG.log(System.Logger.Level.INFO, "Weft listening on " + config.host() + ":" + server.actualPort()
        + " — open http://" + host + ":" + server.actualPort() + "/ — apps: " + apps
        + System.lineSeparator() + "  Blocking handlers run on " + weft.handoff().describe()
        + System.lineSeparator() + "  Health: http://" + host + ":" + server.actualPort()
        + "/health/live and /health/ready; SIGTERM drains handlers for up to "
        + config.drainTime().toSeconds() + " s (shutdown.drainSeconds)");
  }
}
