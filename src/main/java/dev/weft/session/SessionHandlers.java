package dev.weft.session;

import dev.weft.ui.AsyncLoginHandler;
import dev.weft.ui.LoginEvent;
import dev.weft.ui.LoginHandler;
import dev.weft.ui.LogoutEvent;
import dev.weft.ui.PageDriver;
import dev.weft.ui.UploadHandler;
import dev.weft.ui.UploadedFile;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * How a session runs the app's code: {@code main}, event handlers, pubsub deliveries, sign-in and
 * upload handlers, page hooks. A blocking one goes through the {@link BlockingHandoff}, an async
 * one runs on the session's loop; each is bounded by {@code handlers.timeoutSeconds}; a failure is
 * logged with the session's tag and shown in the page's error banner, and the session goes on;
 * what the code changed is sent when it is done.
 *
 * <p>It exists apart from {@link SessionVerticle} because these rules (which thread, how long,
 * what a failure does) are the same for every kind of app code, and because it keeps the counts a
 * shutdown and the limits need: what is running (a draining server waits until it is nothing) and
 * the blocking handlers pending ({@code limits.pendingHandlers}). On the session's context only.
 */
final class SessionHandlers {

  private final SessionVerticle session;
  /** Blocking handlers of this session on a thread or waiting for one ({@code limits.pendingHandlers}). */
  private int pendingBlocking;
  private int running; // main, handlers and upload handlers running now
  private Promise<Void> idle; // completed when running drops to 0 while draining
  private boolean draining; // the server is shutting down: no new events are accepted

  SessionHandlers(SessionVerticle session) {
    this.session = session;
  }

  /** Whether the server is shutting down: the session starts no more work. */
  boolean draining() {
    return draining;
  }

  /**
   * The server is shutting down: accepts no more events (the browser keeps them, unacknowledged,
   * for whichever server it reaches next) and completes once no handler of this session is
   * running, their last changes sent.
   */
  Future<Void> drain() {
    draining = true;
    if (running == 0) {
      return Future.succeededFuture();
    }
    if (idle == null) {
      idle = Promise.promise();
    }
    return idle.future();
  }

  private void started() {
    running++;
  }

  private void done() {
    running--;
    if (running == 0 && idle != null) {
      idle.tryComplete();
    }
  }

  void runMain(AppMain main) {
    started();
    PageDriver driver = session.driver;
    main.run(driver.page(), session.context(), session.handoff).onComplete(ar -> {
      if (ar.failed()) {
        handlerFailed("main", null, ar.cause());
      }
      driver.page().update(); // the first render, if main sent none
      done();
    });
  }

  /** Whether another blocking handler would pass {@code limits.pendingHandlers}. */
  boolean tooManyPending() {
    int limit = session.settings.limits().pendingHandlers();
    return limit > 0 && pendingBlocking >= limit;
  }

  int pendingBlocking() {
    return pendingBlocking;
  }

  /** Runs an event's handler; the inbox is told the frame is done with once it has finished. */
  void run(PageDriver.Dispatch dispatch, long seq) {
    started();
    long start = System.nanoTime();
    Future<Void> ran = dispatch.isAsync()
        ? runAsync(dispatch::runAsync, dispatch)
        : runBlocking(dispatch::runBlocking, dispatch);
    ran.onComplete(ar -> finished(dispatch, seq, start, ar.cause()));
  }

  /** After a handler: count it, report a failure, then send what it changed. */
  private void finished(PageDriver.Dispatch dispatch, long seq, long start, Throwable failure) {
    session.metrics.handlerFinished(!dispatch.isAsync(), System.nanoTime() - start, failure != null);
    if (failure != null) {
      handlerFailed(dispatch, seq, failure);
    }
    session.driver.page().update();
    done();
    session.inbox.frameDone();
  }

  private void handlerFailed(Object what, Long seq, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    SessionVerticle.LOG.log(System.Logger.Level.ERROR,
        "session " + session.tag() + ": the handler for " + what + " failed", cause);
    String message = cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    session.outbox.appError(message, seq);
  }

  /**
   * A file arrived for this session: acknowledged at once (the upload's answer waits for it), then
   * the page's upload handlers run like blocking event handlers, and what they changed is sent.
   */
  void uploaded(UploadedFile file, Message<Object> message) {
    if (session.closing) {
      message.fail(410, "session " + session.tag() + " has ended");
      return;
    }
    message.reply(null);
    for (UploadHandler handler : session.driver.uploadHandlers()) {
      started();
      runBlocking(() -> handler.uploaded(file), "the upload of " + file.name()).onComplete(ar -> {
        if (ar.failed()) {
          handlerFailed("the upload of " + file.name(), null, ar.cause());
        }
        session.driver.page().update();
        done();
      });
    }
  }

  /**
   * A pubsub message's handler ({@link SessionPubSub} runs them one at a time), run like an event
   * handler: a blocking one through the hand-off, an async one here; a failure is logged and shown
   * like a handler's, and what it changed is sent. Completes on the session's context, never failed.
   */
  Future<Void> runPubSub(SessionPubSub.Delivery delivery) {
    if (session.closing || draining) {
      return Future.succeededFuture();
    }
    started();
    long start = System.nanoTime();
    Future<Void> run = delivery.isAsync()
        ? runAsync(delivery::runAsync, delivery) : runBlocking(delivery::runBlocking, delivery);
    return run.transform(ar -> {
      session.metrics.handlerFinished(!delivery.isAsync(), System.nanoTime() - start, ar.failed());
      if (ar.failed()) {
        handlerFailed(delivery, null, ar.cause());
      }
      session.driver.page().update();
      done();
      return Future.<Void>succeededFuture();
    });
  }

  /** Runs hooks through the hand-off; completes when all have, failed or not. */
  Future<Void> runHooks(List<Runnable> hooks) {
    List<Future<Void>> runs = new ArrayList<>();
    for (Runnable hook : hooks) {
      runs.add(session.handoff.<Void>run(session.context(), () -> {
        hook.run();
        return null;
      }).onFailure(t -> SessionVerticle.LOG.log(System.Logger.Level.ERROR,
          "session " + session.tag() + ": a page hook failed", t)));
    }
    return Future.join(runs).mapEmpty();
  }

  /** What the session's sign-in asks of it. */
  SessionSignIn.Listener signInListener() {
    return new SignInListener();
  }

  /**
   * The page's login or logout handlers for one event, run like event handlers: a blocking one
   * through the hand-off, an async one here; a failure logged and shown, what they changed sent.
   */
  private <B, A> void runSignInHandlers(String what, List<B> blocking, HandlerCall<B> callBlocking,
                                        List<A> async, AsyncHandlerCall<A> callAsync) {
    if (session.closing || draining) {
      return; // as for pubsub: a draining session starts no more work
    }
    for (B handler : blocking) {
      started();
      runBlocking(() -> callBlocking.run(handler), what).onComplete(ar -> signInHandlerDone(what, ar.cause()));
    }
    for (A handler : async) {
      started();
      runAsync(() -> callAsync.run(handler), what).onComplete(ar -> signInHandlerDone(what, ar.cause()));
    }
  }

  private void signInHandlerDone(String what, Throwable failure) {
    if (failure != null) {
      handlerFailed(what, null, failure);
    }
    session.driver.page().update();
    done();
  }

  /**
   * Runs a blocking handler through the hand-off; completes on the session's context, failed as
   * it failed, or with a {@link HandlerTimeoutException} once it has run
   * {@code handlers.timeoutSeconds} (its thread interrupted). It counts as pending until its thread
   * lets go of it, even after a timeout: a handler that ignores the interrupt still holds a thread.
   *
   * @param what the handler's event, named by its {@code toString()} in a timeout's message
   */
  private Future<Void> runBlocking(BlockingRun handler, Object what) {
    pendingBlocking++;
    var context = session.context();
    return session.handoff.run(context, () -> {
      try {
        handler.run();
        return null;
      } finally {
        context.runOnContext(v -> pendingBlocking--); // before the result: it is queued first
      }
    }, session.settings.limits().handlerTimeout(), what);
  }

  /**
   * Runs an async handler here; completes, on the session's context, when its stage does (at once
   * when it returns none), failed as it failed or threw — or with a {@link HandlerTimeoutException}
   * once it has taken {@code handlers.timeoutSeconds}, after which its stage is no longer waited for.
   */
  private Future<Void> runAsync(AsyncRun handler, Object what) {
    Promise<Void> ran = Promise.promise();
    try {
      CompletionStage<?> stage = handler.run();
      if (stage == null) {
        ran.complete();
      } else {
        long timer = abandonAfterTimeout(ran, what);
        stage.whenComplete((v, t) -> session.context().runOnContext(x -> {
          if (timer >= 0) {
            session.cancelTimer(timer);
          }
          if (t != null) {
            ran.tryFail(t);
          } else {
            ran.tryComplete();
          }
        }));
      }
    } catch (Throwable t) {
      ran.tryFail(t);
    }
    return ran.future();
  }

  /** Fails {@code ran} when the handler timeout passes first; the timer's id, or -1 for none. */
  private long abandonAfterTimeout(Promise<Void> ran, Object what) {
    Duration limit = session.settings.limits().handlerTimeout();
    if (limit.isZero()) {
      return -1;
    }
    return session.setTimer(Math.max(1, limit.toMillis()),
        id -> ran.tryFail(new HandlerTimeoutException(String.valueOf(what), limit, false)));
  }

  /** Calls one blocking handler. */
  @FunctionalInterface
  private interface HandlerCall<T> {
    void run(T handler) throws Exception;
  }

  /** Calls one async handler: its stage, or null when it is done. */
  @FunctionalInterface
  private interface AsyncHandlerCall<T> {
    CompletionStage<?> run(T handler) throws Exception;
  }

  /** A blocking handler, bound to what it handles. */
  @FunctionalInterface
  private interface BlockingRun {
    void run() throws Exception;
  }

  /** An async handler, bound to what it handles: its stage, or null when it is done. */
  @FunctionalInterface
  private interface AsyncRun {
    CompletionStage<?> run() throws Exception;
  }

  /** What the session's sign-in asks of it. On the session's context. */
  private final class SignInListener implements SessionSignIn.Listener {

    @Override
    public void navigate(String url) {
      session.outbox.navigate(url, false);
    }

    @Override
    public void loggedIn(LoginEvent event) {
      List<LoginHandler> blocking = session.driver.loginHandlers();
      List<AsyncLoginHandler> async = session.driver.asyncLoginHandlers();
      if (blocking.isEmpty() && async.isEmpty() && !event.succeeded()) {
        SessionVerticle.LOG.log(System.Logger.Level.WARNING, "session " + session.tag()
            + ": a sign-in with " + event.provider() + " failed (" + event.error() + ": "
            + event.errorDescription() + ") and the page has no onLogin handler to tell");
      }
      runSignInHandlers("the sign-in with " + event.provider(), blocking, h -> h.loggedIn(event),
          async, h -> h.loggedIn(event));
    }

    @Override
    public void loggedOut(LogoutEvent event) {
      runSignInHandlers("the sign-out from " + event.provider(), session.driver.logoutHandlers(),
          h -> h.loggedOut(event), session.driver.asyncLogoutHandlers(), h -> h.loggedOut(event));
    }
  }
}
