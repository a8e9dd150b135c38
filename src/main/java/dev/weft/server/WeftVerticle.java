package dev.weft.server;

import dev.weft.Weft;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main verticle: one HTTP server whose one {@link io.vertx.ext.web.Router} serves every
 * mounted app. {@code -instances N} deploys it N times; the instances share the port, and since a
 * session talks to its socket only over the event bus, any instance may hold either.
 *
 * <p>Its deployment config is Weft's configuration (the launcher passes the resolved one); keys
 * it leaves out take their defaults. An existing application can deploy it too, to give Weft a
 * port of its own; {@link WeftMountVerticle} mounts Weft in the application's router instead.
 * Either way Weft starts and closes with the deployment ({@link Weft#start()},
 * {@link Weft#close()}).
 */
public final class WeftVerticle extends VerticleBase {

  private static final System.Logger LOG = System.getLogger(WeftVerticle.class.getName());

  private final WeftConfig preset;
  private final Map<String, ?> apps;
  private Weft weft;
  private HttpServer server;

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
    return server.requestHandler(weft.router()).listen()
        .recover(t -> Future.failedFuture(t instanceof java.net.BindException
            ? new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
                + ": " + t.getMessage() + " (choose another port with http.port, WEFT_PORT or --port)", t)
            : t))
        .compose(s -> weft.start())
        .onSuccess(v -> announce(config))
        .onFailure(t -> weft.close());
  }

  /**
   * Closes the Weft instance — its sessions end (browsers told 1001 "going away", close hooks
   * run), its timers stop — before Vert.x closes the server with the verticle.
   */
  @Override
  public Future<?> stop() {
    return weft == null ? Future.succeededFuture() : weft.close();
  }

  /** The Weft instance this verticle serves. */
  public Weft weft() {
    return weft;
  }

  /** The port the server listens on (useful with {@code http.port} 0). */
  public int actualPort() {
    return server.actualPort();
  }

  /** Logs where Weft listens, once per port however many instances share it. */
  private void announce(WeftConfig config) {
    if (vertx.sharedData().getLocalMap("weft.announced").putIfAbsent(server.actualPort(), true) != null) {
      return;
    }
    String apps = weft.mounts().stream()
        .map(m -> m.path() + " (" + m.main().name() + ")")
        .collect(Collectors.joining(", "));
    String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    LOG.log(System.Logger.Level.INFO, "Weft listening on " + config.host() + ":" + server.actualPort()
        + " — open http://" + host + ":" + server.actualPort() + "/ — apps: " + apps);
    LOG.log(System.Logger.Level.INFO, "Blocking handlers run on " + weft.handoff().describe());
  }
}
