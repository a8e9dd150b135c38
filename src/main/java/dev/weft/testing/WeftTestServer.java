package dev.weft.testing;

import dev.weft.App;
import dev.weft.AsyncApp;
import dev.weft.Weft;
import dev.weft.server.ConfigException;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Your app served in-process for a test: its own Vert.x, on a free port of the loopback
 * interface, closed with the test.
 *
 * <pre>{@code
 * try (WeftTestServer server = WeftTestServer.start(new MyApp());
 *      WeftTestClient client = WeftTestClient.connect(server.url())) {
 *   client.click(client.find("Greet"));
 *   client.awaitText("Hello!", Duration.ofSeconds(2));
 * }
 * }</pre>
 *
 * Call it from a test thread, not from an event loop: it blocks until the server listens.
 */
public final class WeftTestServer implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Vertx vertx;
  private final WeftVerticle verticle;

  private WeftTestServer(Vertx vertx, WeftVerticle verticle) {
    this.vertx = vertx;
    this.verticle = verticle;
  }

  /** Serves an app at {@code /}. */
  public static WeftTestServer start(App app) {
    return start(Map.of("/", app));
  }

  /** Serves an async app at {@code /}. */
  public static WeftTestServer start(AsyncApp app) {
    return start(Map.of("/", app));
  }

  /** Serves apps by mount path ({@code "/"}, {@code "/admin/"}) with the default configuration. */
  public static WeftTestServer start(Map<String, ?> apps) {
    return start(config(), apps);
  }

  /** Serves apps with a configuration; its port should be 0 (see {@link #config(Object...)}). */
  public static WeftTestServer start(WeftConfig config, Map<String, ?> apps) {
    Vertx vertx = Vertx.vertx();
    WeftVerticle verticle = new WeftVerticle(config, apps);
    try {
      await(vertx.deployVerticle(verticle));
    } catch (RuntimeException | Error e) {
      await(vertx.close());
      throw e;
    }
    return new WeftTestServer(vertx, verticle);
  }

  /**
   * The defaults on a free loopback port, with more keys set:
   * {@code config("session.timeoutSeconds", 1, "ws.maxErrors", 3)}.
   *
   * @throws IllegalArgumentException when a key is unknown or a value is bad
   */
  public static WeftConfig config(Object... pathsAndValues) {
    try {
      WeftConfig config = WeftConfig.defaults().with("http.port", 0).with("http.host", "127.0.0.1");
      for (int i = 0; i < pathsAndValues.length; i += 2) {
        config = config.with((String) pathsAndValues[i], pathsAndValues[i + 1]);
      }
      return config;
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.describe(), e);
    }
  }

  /** The URL of the app mounted at {@code /}. */
  public String url() {
    return url("/");
  }

  /** A URL on this server: {@code url("/sub-app/")}. */
  public String url(String path) {
    return "http://localhost:" + port() + path;
  }

  public int port() {
    return verticle.actualPort();
  }

  /** The Weft instance serving the apps (its hand-off, its live sessions). */
  public Weft weft() {
    return verticle.weft();
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The main verticle, for tests that undeploy or redeploy it. */
  public WeftVerticle verticle() {
    return verticle;
  }

  /** Stops the server and its Vert.x. */
  @Override
  public void close() {
    await(vertx.close());
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
