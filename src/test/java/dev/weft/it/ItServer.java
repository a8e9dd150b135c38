package dev.weft.it;

import dev.weft.Weft;
import dev.weft.server.ConfigException;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An in-process Weft server for one test: its own Vert.x, a {@link WeftVerticle} on a random
 * port of the loopback interface, and a bounded {@link #close()} that takes the Vert.x down.
 * (Not named *Test: surefire would take it for a test class.)
 */
final class ItServer implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  final Vertx vertx;
  final WeftVerticle verticle;
  final int port;

  private ItServer(Vertx vertx, WeftVerticle verticle) {
    this.vertx = vertx;
    this.verticle = verticle;
    this.port = verticle.actualPort();
  }

  /** Serves apps by mount path with the default configuration (on a random port). */
  static ItServer start(Map<String, ?> apps) {
    return start(config(), apps);
  }

  /** Serves apps by mount path with a configuration (whose port should be 0). */
  static ItServer start(WeftConfig config, Map<String, ?> apps) {
    Vertx vertx = Vertx.vertx();
    WeftVerticle verticle = new WeftVerticle(config, apps);
    try {
      await(vertx.deployVerticle(verticle));
    } catch (RuntimeException | Error e) {
      await(vertx.close());
      throw e;
    }
    return new ItServer(vertx, verticle);
  }

  /** The defaults on a random loopback port. */
  static WeftConfig config() {
    try {
      return WeftConfig.defaults().with("http.port", 0).with("http.host", "127.0.0.1");
    } catch (ConfigException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  /** {@link #config()} with more keys set: {@code config("ws.maxErrors", 3)}. */
  static WeftConfig config(Object... pathsAndValues) {
    WeftConfig config = config();
    try {
      for (int i = 0; i < pathsAndValues.length; i += 2) {
        config = config.with((String) pathsAndValues[i], pathsAndValues[i + 1]);
      }
    } catch (ConfigException e) {
      throw new IllegalStateException(e.describe(), e);
    }
    return config;
  }

  Weft weft() {
    return verticle.weft();
  }

  /** The URL of the app mounted at {@code /}. */
  String url() {
    return "http://localhost:" + port + "/";
  }

  /** A URL on this server: {@code url("/sub-app/")}. */
  String url(String path) {
    return "http://localhost:" + port + path;
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
    await(vertx.close());
  }
}
