package dev.weft.examples.embedding;

import dev.weft.assets.SecurityHeaders;
import dev.weft.server.WeftHandlers;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * Only Weft's static files in a host's router: the index page (with its base href), the browser
 * client under its hashed prefix, the favicon, icons and manifest, and the app's assets, with the
 * SPA rules — for a host that serves the WebSocket elsewhere (see {@link WebSocketOnly}, which
 * puts the two together), or pre-renders the shell.
 *
 * <p>Run it and open <a href="http://localhost:8080/shell/">http://localhost:8080/shell/</a>: the
 * page loads and waits for a WebSocket this host does not serve.
 */
public final class StaticFilesOnly {

  /** The app's base in the host's router. */
  public static final String BASE = "/shell/";

  private StaticFilesOnly() {
  }

  /** Serves the app's files under {@value #BASE}, with Weft's security headers. */
  public static void mount(Router router, Vertx vertx) {
    router.route(BASE + "*")
        .handler(SecurityHeaders.create("'self'"))
        .handler(WeftHandlers.staticFiles(vertx, BASE));
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    MountedInRouter.hostRoutes(router);
    mount(router, vertx);
    vertx.createHttpServer().requestHandler(router).listen(8080)
        .onSuccess(s -> System.out.println("Static files on http://localhost:8080" + BASE));
  }
}
