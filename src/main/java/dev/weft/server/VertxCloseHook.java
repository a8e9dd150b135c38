package dev.weft.server;

import io.vertx.core.Closeable;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import java.util.function.Supplier;

/**
 * Closes a Weft instance first when its Vert.x closes — on SIGTERM the launcher's shutdown hook
 * calls {@code vertx.close()} — so that the drain happens while everything still runs.
 *
 * <p>Why not just {@code WeftVerticle.stop()}: a Weft instance need not be served by a
 * {@code WeftVerticle} (it may be mounted in a host's router), and its sessions are not Vert.x
 * deployments ({@code SessionDeployment}), so nothing of Vert.x would end them. Vert.x's own close
 * hooks run before it undeploys anything, while the HTTP servers of deployed verticles still serve
 * (they close with their verticle), so {@code /health/ready} can answer 503 and running handlers
 * can finish. The hook is Vert.x's
 * internal API ({@link VertxInternal#addCloseHook}); a Vert.x that is not a {@code VertxInternal}
 * gets no hook, and then {@code Weft.close()} runs only when the host calls it.
 */
public final class VertxCloseHook implements Closeable {

  private final Vertx vertx;
  private final Supplier<Future<Void>> close;

  private VertxCloseHook(Vertx vertx, Supplier<Future<Void>> close) {
    this.vertx = vertx;
    this.close = close;
  }

  /** Runs {@code close} when {@code vertx} closes, and waits for it before Vert.x goes on. */
  public static VertxCloseHook register(Vertx vertx, Supplier<Future<Void>> close) {
    VertxCloseHook hook = new VertxCloseHook(vertx, close);
    if (vertx instanceof VertxInternal internal) {
      internal.addCloseHook(hook);
    }
    return hook;
  }

  /** Called by Vert.x as it begins to close. */
  @Override
  public void close(Completable<Void> completion) {
    close.get().onComplete(completion);
  }

  /** Forgets the hook: the instance closed by itself, so Vert.x need not wait for it. */
  public void unregister() {
    if (vertx instanceof VertxInternal internal) {
      internal.removeCloseHook(this);
    }
  }
}
