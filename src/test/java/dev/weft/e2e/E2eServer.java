package dev.weft.e2e;

import dev.weft.examples.Chat;
import dev.weft.examples.Gallery;
import dev.weft.examples.SeedApp;
import dev.weft.examples.SubApp;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Weft server in the test's JVM: one Vert.x, one {@link WeftVerticle} on a free port of
 * 127.0.0.1, serving the seed app at {@code /}, the sub-app at {@code /sub-app/}, the gallery
 * at {@code /gallery/} and the chat at {@code /chat/}. The verticle can be undeployed and deployed again on the same port (the
 * reconnect test does).
 */
final class E2eServer implements AutoCloseable {

  private static final long WAIT_SECONDS = 20;

  final Vertx vertx;
  private WeftVerticle verticle;
  private String deployment;
  private int port;

  private E2eServer(Vertx vertx) {
    this.vertx = vertx;
  }

  /** The demo apps, fresh instances. */
  static Map<String, Object> demoApps() {
    Map<String, Object> apps = new LinkedHashMap<>();
    apps.put("/", new SeedApp());
    apps.put("/sub-app/", new SubApp());
    apps.put("/gallery/", new Gallery());
    apps.put("/chat/", new Chat());
    return apps;
  }

  static E2eServer start() throws Exception {
    E2eServer server = new E2eServer(Vertx.vertx());
    try {
      server.deploy(0);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Deploys a fresh verticle on {@code port} (0: a free one). */
  void deploy(int wantedPort) throws Exception {
    WeftConfig config = WeftConfig.defaults().with("http.host", "127.0.0.1").with("http.port", wantedPort);
    WeftVerticle fresh = new WeftVerticle(config, demoApps());
    deployment = await(vertx.deployVerticle(fresh));
    verticle = fresh;
    port = fresh.actualPort();
  }

  /** Undeploys the verticle: its HTTP server closes, and every socket with it. */
  void undeploy() throws Exception {
    if (deployment != null) {
      String id = deployment;
      deployment = null;
      await(vertx.undeploy(id));
    }
  }

  WeftVerticle verticle() {
    return verticle;
  }

  int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Where screenshots go: target/screenshots of the project. */
  static Path screenshots() throws Exception {
    Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    Files.createDirectories(dir);
    return dir;
  }

  @Override
  public void close() throws Exception {
    await(vertx.close());
  }
}
