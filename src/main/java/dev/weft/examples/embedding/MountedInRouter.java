package dev.weft.examples.embedding;

import dev.weft.Weft;
import dev.weft.server.WeftConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.Map;

/**
 * Weft in an existing Vert.x application: the host keeps its own routes ({@code /api/hello}) and
 * mounts Weft's router at {@code /weft-app/}, where the app's page, client, WebSocket, uploads and
 * OAuth callback all live. The host starts Weft with itself and closes it before it stops.
 *
 * <p>Run it and open <a href="http://localhost:8080/weft-app/">http://localhost:8080/weft-app/</a>.
 */
public final class MountedInRouter {

  /** Where the host mounts Weft. */
  public static final String MOUNT = "/weft-app";

  private MountedInRouter() {
  }

  /** The host's own API, next to which Weft lives. */
  public static void hostRoutes(Router router) {
    router.get("/api/hello").handler(ctx -> ctx.json(new JsonObject().put("hello", "from the host")));
  }

  /** Mounts a Weft instance's apps under {@value #MOUNT}. */
  public static void mountWeft(Router router, Weft weft) {
    router.route(MOUNT + "/*").subRouter(weft.router());
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Weft weft = Weft.create(vertx, WeftConfig.defaults(), Map.of("/", new EmbeddedApp(true)));
    Router router = Router.router(vertx);
    hostRoutes(router);
    mountWeft(router, weft);
    weft.start()
        .compose(v -> vertx.createHttpServer().requestHandler(router).listen(8080))
        .onSuccess(server -> System.out.println("Host on http://localhost:8080/api/hello, Weft on "
            + "http://localhost:8080" + MOUNT + "/"))
        .onFailure(t -> {
          t.printStackTrace();
          vertx.close();
        });
    // The host's shutdown: Weft first (sessions end, close hooks run), then Vert.x.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> weft.close()
        .compose(v -> vertx.close())
        .toCompletionStage().toCompletableFuture().join()));
  }
}
