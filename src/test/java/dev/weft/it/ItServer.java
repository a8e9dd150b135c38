package dev.weft.it;

import dev.weft.Weft;
import dev.weft.testing.WeftTestServer;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The in-process server of one integration test: {@link WeftTestServer} (what app authors use),
 * with the fields and shorthands these tests lean on. (Not named *Test: surefire would take it
 * for a test class.)
 */
final class ItServer implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final WeftTestServer server;
  final Vertx vertx;
  final WeftVerticle verticle;
  final int port;

  private ItServer(WeftTestServer server) {
    this.server = server;
    this.vertx = server.vertx();
    this.verticle = server.verticle();
    this.port = server.port();
  }

  /** Serves apps by mount path with the default configuration (on a random port). */
  static ItServer start(Map<String, ?> apps) {
    return new ItServer(WeftTestServer.start(apps));
  }

  /** Serves apps by mount path with a configuration (whose port should be 0). */
  static ItServer start(WeftConfig config, Map<String, ?> apps) {
    return new ItServer(WeftTestServer.start(config, apps));
  }

  /** The defaults on a random loopback port. */
  static WeftConfig config() {
    return WeftTestServer.config();
  }

  /** {@link #config()} with more keys set: {@code config("ws.maxErrors", 3)}. */
  static WeftConfig config(Object... pathsAndValues) {
    return WeftTestServer.config(pathsAndValues);
  }

  Weft weft() {
    return server.weft();
  }

  /** The URL of the app mounted at {@code /}. */
  String url() {
    return server.url();
  }

  /** A URL on this server: {@code url("/sub-app/")}. */
  String url(String path) {
    return server.url(path);
  }

  /** Waits for a Vert.x future, bounded; for test threads only. */
  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no result within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
