package dev.weft.examples.embedding;

import dev.weft.server.WeftConfig;
import dev.weft.server.WeftMountVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.Map;

/**
 * Weft as a verticle of an existing application: deploying a {@link WeftMountVerticle} mounts
 * Weft in the host's router and starts it; undeploying it (or closing Vert.x) closes it. Weft's
 * life is the deployment's, with nothing to remember at shutdown. (To give Weft a port of its own
 * instead, deploy {@code new WeftVerticle(config, apps)}.)
 *
 * <p>Run it and open <a href="http://localhost:8080/weft-app/">http://localhost:8080/weft-app/</a>.
 */
public final class DeployedAsVerticle {

  private DeployedAsVerticle() {
  }

  /** Deploys Weft into the host's router under {@code /weft-app/}; completes with the deployment id. */
  public static Future<String> deploy(Vertx vertx, Router router, WeftConfig config) {
    return vertx.deployVerticle(new WeftMountVerticle(router, MountedInRouter.MOUNT, config,
        Map.of("/", new EmbeddedApp(true))));
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    MountedInRouter.hostRoutes(router);
    deploy(vertx, router, WeftConfig.defaults())
        .compose(id -> vertx.createHttpServer().requestHandler(router).listen(8080))
        .onSuccess(server -> System.out.println("Weft on http://localhost:8080/weft-app/"))
        .onFailure(t -> {
          t.printStackTrace();
          vertx.close();
        });
    // Closing Vert.x undeploys the verticle, which closes Weft.
    Runtime.getRuntime().addShutdownHook(new Thread(() ->
        vertx.close().toCompletionStage().toCompletableFuture().join()));
  }
}
