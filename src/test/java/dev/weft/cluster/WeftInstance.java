package dev.weft.cluster;

import dev.weft.Eventually;
import dev.weft.Weft;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Weft instance of a test cluster: a {@link WeftVerticle} on one member of
 * {@link ClusterMembers}, on its own free port, as one JVM of a deployment behind a load balancer.
 */
final class WeftInstance implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Vertx member;
  private final WeftVerticle verticle;
  private final String deployment;

  private WeftInstance(Vertx member, WeftVerticle verticle, String deployment) {
    this.member = member;
    this.verticle = verticle;
    this.deployment = deployment;
  }

  /** Serves {@code apps} (by mount path) on {@code member}, on a free loopback port. */
  static WeftInstance start(Vertx member, Map<String, ?> apps) {
    WeftVerticle verticle = new WeftVerticle(WeftTestServer.config(), apps);
    return new WeftInstance(member, verticle, await(member.deployVerticle(verticle)));
  }

  Weft weft() {
    return verticle.weft();
  }

  /** The base URL of the app mounted at {@code /}. */
  String url() {
    return "http://127.0.0.1:" + verticle.actualPort() + "/";
  }

  /** Whether the session {@code id} lives on this instance. */
  boolean holds(String sessionId) {
    return weft().sessions().isHere(sessionId);
  }

  /** This instance's {@code weft_sockets_attached} gauge: sockets it accepted that have a session. */
  double socketsAttached() {
    return gauge("weft.sockets.attached");
  }

  /** This instance's {@code weft_sockets_remote} gauge: of those, the ones whose session is elsewhere. */
  double socketsRemote() {
    return gauge("weft.sockets.remote");
  }

  private double gauge(String name) {
    return weft().metrics().registry().get(name).gauge().value();
  }

  /** Undeploys the Weft (gracefully) unless its member is gone. */
  @Override
  public void close() {
    member.undeploy(deployment).toCompletionStage().toCompletableFuture()
        .orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).exceptionally(t -> null).join();
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no result within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code condition} holds, checking every 20 ms, for at most {@code timeout}. */
  static void awaitTrue(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
    Eventually.until(what, timeout, condition);
  }
}
