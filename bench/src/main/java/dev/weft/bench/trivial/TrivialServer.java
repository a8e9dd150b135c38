package dev.weft.bench.trivial;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/**
 * A trivial Vert.x HTTP server, the startup comparison's baseline: {@code java -jar
 * vertx-trivial.jar [-conf '{"port":n}']} starts it through Vert.x's own launcher, the way
 * {@code java -jar app-fat.jar} starts Weft, and it answers every request with a short page.
 */
public final class TrivialServer extends VerticleBase {

  @Override
  public Future<?> start() {
    int port = config().getInteger("port", 8080);
    return vertx.createHttpServer()
        .requestHandler(req -> req.response().putHeader("content-type", "text/html")
            .end("<!doctype html><title>trivial</title><p>Hello from Vert.x</p>"))
        .listen(port, "127.0.0.1");
  }
}
