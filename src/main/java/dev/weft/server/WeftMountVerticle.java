package dev.weft.server;

import dev.weft.Weft;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.Map;

/**
 * Weft inside an existing Vert.x application, for as long as a deployment lasts: deploying it
 * creates a {@link Weft}, mounts its router in the host's router at a path
 * ({@code /weft-app/*}) and starts its app manager; undeploying it (or closing Vert.x) removes the
 * route and closes Weft — sessions end with 1012 "server restarting", close hooks run, timers stop.
 *
 * <pre>{@code
 * Router router = Router.router(vertx);
 * router.get("/api/hello").handler(ctx -> ctx.end("hello"));
 * vertx.deployVerticle(new WeftMountVerticle(router, "/weft-app", config, Map.of("/", new MyApp())));
 * vertx.createHttpServer().requestHandler(router).listen(8080);
 * }</pre>
 *
 * Use {@link WeftVerticle} instead for Weft on a port of its own. The host's HTTP server should
 * allow WebSocket frames as large as {@code ws.maxFrameSize} × 4 ({@link Weft#serverOptions()}
 * shows the settings); Vert.x's default, 64 KiB, is enough for the default configuration. Slow
 * clients on the host's server are the host's to cut: create it from {@link Weft#serverOptions()}
 * (idle timeout, HTTP/1.x only) and install a {@link HeadersDeadline} on it, or keep a reverse
 * proxy in front (docs/deployment.md, "Slow clients"); uploads are guarded by Weft's router itself.
 */
public final class WeftMountVerticle extends VerticleBase {

  private final Router host;
  private final String mountPoint;
  private final WeftConfig config;
  private final Map<String, ?> apps;
  private Weft weft;
  private Route route;

  /**
   * Mounts Weft at {@code mountPoint} ({@code /weft-app} or {@code /weft-app/}) in {@code host}.
   *
   * @param apps apps by mount path below the mount point, or null for the configuration's
   */
  public WeftMountVerticle(Router host, String mountPoint, WeftConfig config, Map<String, ?> apps) {
    if (!mountPoint.startsWith("/") || mountPoint.contains("*")) {
      throw new IllegalArgumentException("a mount point is a path like /weft-app, not " + mountPoint);
    }
    this.host = host;
    this.mountPoint = mountPoint.endsWith("/") ? mountPoint : mountPoint + "/";
    this.config = config;
    this.apps = apps;
  }

  @Override
  public Future<?> start() {
    weft = apps != null ? Weft.create(vertx, config, apps) : Weft.create(vertx, config);
    route = host.route(mountPoint + "*").subRouter(weft.router());
    return weft.start();
  }

  @Override
  public Future<?> stop() {
    if (route != null) {
      route.remove();
    }
    return weft == null ? Future.succeededFuture() : weft.close();
  }

  /** The Weft instance, once deployed. */
  public Weft weft() {
    return weft;
  }
}
