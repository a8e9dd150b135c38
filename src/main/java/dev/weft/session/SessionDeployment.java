package dev.weft.session;

import io.netty.channel.EventLoop;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;

/**
 * Starts and stops one {@link SessionVerticle} on a context of its own, on the event loop of the
 * socket that opened it: what {@code vertx.deployVerticle} does, minus two costs.
 *
 * <p>{@code deployVerticle} cannot choose the loop: it hands verticles out round-robin, so a
 * session landed on another loop than its socket's, and every frame crossed threads twice (socket
 * loop, session loop, back), an open four times. Here the loop is the current context's — the
 * socket's, since {@code Sessions.open} runs on it — and an open runs {@code main} and sends the
 * first render in the same turn as the register frame that asked for it. And a Vert.x deployment
 * keeps a deployment record, an id, options and a place in the deployment tree (about 0.7 KB per
 * session, and 12% of an open's CPU); none of that is needed for a verticle Weft starts and stops
 * itself. Vert.x builds deployment contexts the same way
 * ({@code io.vertx.core.impl.deployment.DefaultDeployment}): its internal context builder, with a
 * close future of the context's own.
 *
 * <p>The price is that Vert.x does not know these verticles. Nothing of Vert.x undeploys them
 * when it closes (whoever owns their {@link Sessions} ends them: {@code Weft} from its Vert.x
 * close hook, the standalone socket handler from one of its own); and what a verticle registers
 * on a deployment context Vert.x cancels at undeploy, but not on this one: Vert.x ties timers and
 * consumers to a context only when it belongs to a deployment. So the session cancels its own: its consumer is unregistered and its timers are
 * cancelled when it stops ({@link SessionVerticle#stop()}), and this closes the context's close
 * future afterwards, which closes whatever the app itself opened on the session's context (an
 * HTTP client made inside a handler, say), as an undeploy would.
 *
 * <p>State changes happen on the session's loop only. A stop asked for while the session is
 * still starting waits for the start and then stops it (Vert.x would fail the start instead; here
 * the browser gets its render, then 1012, as when {@code Sessions} undeployed a session that was
 * still being deployed).
 */
final class SessionDeployment {

  private static final int NEW = 0;
  private static final int STARTING = 1;
  private static final int STARTED = 2;
  private static final int STOPPING = 3;
  private static final int STOPPED = 4;

  private final SessionVerticle session;
  private final ContextInternal context;
  private final Promise<Void> undeployed = Promise.promise();
  private int state = NEW;
  private boolean stopAsked;

  private SessionDeployment(SessionVerticle session, ContextInternal context) {
    this.session = session;
    this.context = context;
    session.deployment = this;
  }

  /**
   * A deployment of {@code session} on the event loop of the calling thread's Vert.x context, or,
   * called from outside any (a test, a host's own thread), on a loop Vert.x picks.
   */
  static SessionDeployment onCurrentLoop(Vertx vertx, SessionVerticle session) {
    VertxInternal internal = (VertxInternal) vertx;
    ContextInternal current = ContextInternal.current();
    EventLoop loop = current != null && current.owner() == internal ? current.nettyEventLoop() : null;
    ContextInternal context = internal.contextBuilder()
        .withEventLoop(loop) // null: the next loop, as deployVerticle would pick
        .withCloseFuture(new CloseFuture())
        .build(); // the class loader: the caller's, as deployVerticle takes it
    return new SessionDeployment(session, context);
  }

  /**
   * Starts the session on its context: at once when called on its loop (as a socket's register
   * is), else on its next turn. Completes when {@code start()} has, failed as it failed; on the
   * caller's context, if it has one, so that what the caller does next (a socket forwarding the
   * frames that came meanwhile) does not run on, nor bind anything to, the session's context.
   */
  Future<Void> deploy() {
    ContextInternal caller = ContextInternal.current();
    Promise<Void> started = caller == null ? Promise.promise() : caller.promise();
    context.emit(v -> {
      if (state != NEW) {
        started.fail(new IllegalStateException("a session is deployed once"));
        return;
      }
      state = STARTING;
      Future<?> start;
      try {
        start = session.deploy(context);
      } catch (Throwable t) {
        start = Future.failedFuture(t);
      }
      start.onComplete(ar -> {
        if (ar.failed()) {
          state = STOPPED;
          context.close().onComplete(x -> undeployed.tryComplete());
          started.fail(ar.cause());
          return;
        }
        state = STARTED;
        started.complete();
        if (stopAsked) {
          stop();
        }
      });
    });
    return started.future();
  }

  /**
   * Stops the session (its {@code stop()}: browser told, close hooks run), then closes its
   * context; from any thread, any number of times. Completes when all that is done.
   */
  Future<Void> undeploy() {
    context.emit(v -> {
      switch (state) {
        case NEW, STARTING -> stopAsked = true; // stopped once started: see deploy
        case STARTED -> stop();
        default -> { } // stopping or stopped already
      }
    });
    return undeployed.future();
  }

  SessionVerticle session() {
    return session;
  }

  /** Completes once the session has stopped and its context is closed. */
  Future<Void> undeployed() {
    return undeployed.future();
  }

  private void stop() {
    state = STOPPING;
    Future<?> stop;
    try {
      stop = session.undeploy(context);
    } catch (Throwable t) {
      stop = Future.failedFuture(t);
    }
    stop.onComplete(ar -> {
      if (ar.failed()) {
        SessionVerticle.LOG.log(System.Logger.Level.ERROR, "session " + session.tag()
            + ": stopping failed", ar.cause());
      }
      context.close().onComplete(x -> {
        state = STOPPED;
        undeployed.tryComplete();
      });
    });
  }
}
