package dev.weft.embedding;

import dev.weft.Eventually;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A plain Vert.x application for the embedding tests: its own router with its own route
 * ({@code GET /host/ping}), an HTTP server on a free loopback port, and a web client that never
 * follows redirects. Weft is added to the router by each test, the way the examples show.
 */
final class Host implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  final Vertx vertx = Vertx.vertx();
  final Router router = Router.router(vertx);
  final WebClient web = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
  private HttpServer server;

  Host() {
    router.get("/host/ping").handler(ctx -> ctx.end("pong"));
  }

  /** Starts serving the router, with whatever the test added to it. */
  Host listen() {
    server = await(vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1"))
        .requestHandler(router).listen(0));
    return this;
  }

  String url(String path) {
    return "http://localhost:" + server.actualPort() + path;
  }

  HttpResponse<Buffer> get(String path) {
    return await(web.getAbs(url(path)).send());
  }

  HttpResponse<Buffer> put(String path, Buffer body) {
    return await(web.requestAbs(HttpMethod.PUT, url(path)).sendBuffer(body));
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no result within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls a condition until it holds, for what the server does after answering. */
  static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    Eventually.until(what, TIMEOUT, condition);
  }

  @Override
  public void close() {
    web.close();
    await(vertx.close());
  }
}
