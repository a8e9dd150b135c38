package dev.weft.session;

import dev.weft.download.Downloads;
import dev.weft.protocol.Ack;
import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ClientMessage;
import dev.weft.protocol.Codec;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Ping;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Register;
import dev.weft.secrets.LogTag;
import dev.weft.ui.AsyncLoginHandler;
import dev.weft.ui.Auth;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.DownloadSource;
import dev.weft.ui.LoginEvent;
import dev.weft.ui.LoginHandler;
import dev.weft.ui.LoginOptions;
import dev.weft.ui.LogoutEvent;
import dev.weft.ui.LogoutHandler;
import dev.weft.ui.PageDriver;
import dev.weft.ui.PageHost;
import dev.weft.ui.PubSub;
import dev.weft.ui.UploadHandler;
import dev.weft.ui.UploadedFile;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * One browser tab's session: an ordinary event-loop verticle that owns the page, runs the app's
 * {@code main} and handlers, and sends patches to its connection.
 *
 * <p>It consumes {@link Addresses#session its address} and writes to the connection's own address, never to
 * the socket, so the socket may live on another verticle instance or JVM. The bus carries two
 * kinds of bodies: a {@code String} is a frame from the browser; a {@link JsonObject} is a notice
 * from the socket side ({@link SessionNotice}).
 *
 * <p>Blocking handlers go through the {@link BlockingHandoff} and async ones run here, so
 * handlers of one session may run at the same time, as in Flet. A handler that throws is logged
 * with the session id, shown to the user in an error banner, and the session goes on.
 *
 * <p>Each client event is applied once: only a seq above the last accepted one is taken, and the
 * {@link Outbox} acknowledges it, so the browser knows what it need not resend. A re-attaching
 * browser gets what it missed replayed when the outbox still has it, else a fresh render.
 */
public final class SessionVerticle extends VerticleBase {

  private static final System.Logger LOG = System.getLogger(SessionVerticle.class.getName());
  /** How long stopping waits for close hooks: a hook that hangs must not hold up a shutdown. */
  private static final long HOOK_GRACE_MS = 10_000;

  private final SessionToken token;
  private final String sessionId;
  /** How log lines name this session: see {@link LogTag}. */
  private final String tag;
  private final String mountPath;
  private final AppMain main;
  private final BlockingHandoff handoff;
  private final SessionSettings settings;
  private final Codec codec;
  private final long firstSeq;
  private ClientInfo client; // until start(): then the page holds it
  private final Runnable onEnd;
  private final SessionMetrics metrics;
  private final PubSubHub pubsubHub;
  private SessionPubSub pubsub;
  private SessionSignIn signIn;
  private final Nodes nodes;

  private String connection; // the attached connection's address, or null
  /** Of the node a re-attached connection lives on (a new session's is this node), while attached. */
  private Nodes.Watch connectionWatch = Nodes.Watch.NONE;
  private PageDriver driver;
  private Outbox outbox;
  private ErrorBudget errors;
  private EventBucket events; // null: events per second not limited
  /** Blocking handlers of this session on a thread or waiting for one ({@code limits.pendingHandlers}). */
  private int pendingBlocking;
  private MessageConsumer<Object> consumer;
  private long expiryTimer = -1;
  private boolean closing;
  private boolean ended; // ended by the app or by the timeout, not by the server going away
  private boolean draining; // the server is shutting down: no new events are accepted
  /** The browser acknowledged a message once: it is a page, worth the full session timeout. */
  private boolean confirmed;
  /**
   * This session closed its connection for too many protocol errors (1008): the frames still on
   * their way from it are dropped unanswered, and its detach ends the session (see {@link #detach}).
   */
  private boolean givenUp;
  private int running; // main, handlers and upload handlers running now
  private Promise<Void> idle; // completed when running drops to 0 while draining
  /** Frames of the attached connection this session is done with but has not told it of. */
  private int doneUntold;
  /** Tells the connection about done frames in batches: one notice per this many frames. */
  private static final int DONE_BATCH = 16;
  private final Promise<Void> stopped = Promise.promise();

  /**
   * A session for a browser that just registered.
   *
   * @param token what its browser will hold: the session's id, and the secret a connection must
   *     present to attach to it later
   * @param connection the registering connection's address
   * @param onEnd called once on the session's context when it ends
   * @param metrics told when the session opens, detaches, re-attaches and ends, and of its events
   * @param pubsubHub the app's publish–subscribe on this instance ({@code page.pubsub()})
   * @param nodes this node (where the registering connection lives) and the others
   */
  public SessionVerticle(SessionToken token, String mountPath, AppMain main, BlockingHandoff handoff,
                         SessionSettings settings, Codec codec, String connection,
                         Register register, ClientInfo client, Runnable onEnd,
                         SessionMetrics metrics, PubSubHub pubsubHub,
                         Nodes nodes) {
    this.token = token;
    this.sessionId = token.id();
    this.tag = LogTag.of(sessionId);
    this.mountPath = mountPath;
    this.main = main;
    this.handoff = handoff;
    this.settings = settings;
    this.codec = codec;
    this.connection = connection;
    this.firstSeq = register.seq();
    this.client = client;
    this.onEnd = onEnd;
    this.metrics = metrics;
    this.pubsubHub = pubsubHub;
    this.nodes = nodes;
  }

  @Override
  public Future<?> start() {
    outbox = new Outbox(context, codec, token, settings.replayBytes(), settings.heartbeatSeconds());
    outbox.open(connection, firstSeq);
    errors = new ErrorBudget(settings.maxErrors());
    events = settings.limits().newBucket();
    pubsub = new SessionPubSub(sessionId, mountPath, pubsubHub, context, this::runPubSub);
    driver = new PageDriver(new Host(), client, outbox, settings.maxControls());
    signIn = new SessionSignIn(settings.signIns(), sessionId, context, Clock.systemUTC(),
        new SignInListener());
    client = null;
    consumer = vertx.eventBus().consumer(Addresses.session(sessionId), this::receive);
    return consumer.completion().onSuccess(v -> {
      metrics.sessionOpened(); // only a started verticle is stopped, and stop() counts the end
      runMain();
    });
  }

  /**
   * The session's end, however it comes: {@link #end()} (the app closed it, or its browser did
   * not come back in time) undeploys it, and so does the server shutting down ({@code Weft.close()},
   * Vert.x closing). The browser is told — 1000 "session ended", or 1012 "server restarting" when
   * the server is leaving, so it reconnects elsewhere — and the close hooks run; stopping waits
   * for them, up to {@value #HOOK_GRACE_MS} ms.
   */
  @Override
  public Future<?> stop() {
    closing = true;
    pubsub.close(); // the session hears no more messages
    if (signIn != null) {
      signIn.close(); // no more refreshes
    }
    onEnd.run();
    metrics.sessionEnded(connection != null);
    if (expiryTimer >= 0) {
      vertx.cancelTimer(expiryTimer);
      expiryTimer = -1;
    }
    connectionWatch.cancel();
    if (connection != null) {
      vertx.eventBus().send(connection, ended
          ? SessionNotice.close(1000, "session ended")
          : SessionNotice.close(1012, "server restarting"));
      connection = null;
      outbox.detach();
    }
    Future<Void> hooks = driver == null ? Future.succeededFuture() : runHooks(driver.closeHooks());
    Promise<Void> bounded = Promise.promise();
    hooks.onComplete(ar -> bounded.tryComplete());
    long grace = vertx.setTimer(HOOK_GRACE_MS, id -> {
      if (bounded.tryComplete()) {
        LOG.log(System.Logger.Level.WARNING, "session " + tag
            + ": close hooks still running after " + HOOK_GRACE_MS + " ms; ending anyway");
      }
    });
    return bounded.future().eventually(() -> {
      vertx.cancelTimer(grace);
      return consumer == null ? Future.succeededFuture() : consumer.unregister();
    }).onComplete(ar -> stopped.tryComplete());
  }

  /** Completes once the session has ended for good: browser told, close hooks run. */
  public Future<Void> ended() {
    return stopped.future();
  }

  /** For a session whose deployment failed: it never ran, so it has ended. */
  void neverStarted() {
    stopped.tryComplete();
  }

  /**
   * The server is shutting down: accepts no more events (the browser keeps them, unacknowledged,
   * for whichever server it reaches next) and completes once no handler of this session is
   * running, their last changes sent. On the session's context.
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

  /** {@link #drain()} from any thread. */
  Future<Void> drainOnItsContext() {
    if (context == null) {
      return Future.succeededFuture(); // not deployed yet: nothing of it runs
    }
    Promise<Void> drained = Promise.promise();
    context.runOnContext(v -> drain().onComplete(drained));
    return drained.future();
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

  private void runMain() {
    started();
    main.run(driver.page(), context, handoff).onComplete(ar -> {
      if (ar.failed()) {
        handlerFailed("main", null, ar.cause());
      }
      driver.page().update(); // the first render, if main sent none
      done();
    });
  }

  // ------------------------------------------------------------------ inbound

  private void receive(Message<Object> message) {
    Object body = message.body();
    if (body instanceof String frame) {
      receiveFrame(frame);
    } else if (body instanceof JsonObject notice) {
      receiveNotice(notice, message);
    }
  }

  /**
   * One frame from the browser, handled; {@link #frameDone()} follows once it is done with,
   * which for an event with a handler is when the handler has finished.
   */
  private void receiveFrame(String frame) {
    if (!takeFrame(frame)) {
      frameDone();
    }
  }

  /**
   * The connection reads only so many frames ahead of what its session is done with, so a client
   * flooding events cannot queue unbounded work on the event loop or the hand-off, nor hold up the
   * sessions that share them. This returns the credits, in batches.
   */
  private void frameDone() {
    if (++doneUntold >= DONE_BATCH && connection != null) {
      vertx.eventBus().send(connection, SessionNotice.done(doneUntold));
      doneUntold = 0;
    }
  }

  /** Handles a frame; true when a handler now runs for it (and will call frameDone). */
  private boolean takeFrame(String frame) {
    if (closing || givenUp) {
      return false;
    }
    ClientMessage message;
    try {
      message = codec.decodeClient(frame);
    } catch (ProtocolException e) {
      reject(e);
      return false;
    }
    if (message instanceof Ack ack) {
      acknowledged(ack.ack(), null);
      return false;
    }
    if (message instanceof Ping) {
      outbox.pong();
      return false;
    }
    if (message instanceof Register r) {
      reject(new ProtocolException(ErrorCode.ALREADY_REGISTERED,
          "this connection is already registered", r.seq()));
      return false;
    }
    ClientEvent event = (ClientEvent) message;
    if (event.ack() > 0 && !acknowledged(event.ack(), event.seq())) {
      return false;
    }
    if (draining) {
      return false; // not acknowledged: the browser resends it to the server it reaches next
    }
    if (events != null && !events.take()) {
      rateLimited(event);
      return false;
    }
    long accepted = outbox.accepted();
    if (event.seq() <= accepted) {
      // A resend that crossed its acknowledgement: answered, but not held against the client.
      metrics.protocolError(ErrorCode.DUPLICATE_SEQ);
      outbox.error(new ProtocolException(ErrorCode.DUPLICATE_SEQ, "seq " + event.seq()
          + " is not above " + accepted + ": ignored as a resend", event.seq()));
      return false;
    }
    outbox.accepted(event.seq());
    PageDriver.Dispatch dispatch;
    try {
      dispatch = driver.dispatch(event);
    } catch (ProtocolException e) {
      reject(e);
      return false;
    }
    if (dispatch != null && !dispatch.isAsync() && tooManyPending()) {
      busy(event);
      return false;
    }
    metrics.eventHandled();
    if (dispatch == null) {
      return false;
    }
    run(dispatch, event.seq());
    return true;
  }

  /**
   * An event over {@code limits.eventsPerSecond}: not run, answered {@code rate_limited}. Its seq
   * is taken (acknowledged), so the browser does not send it again: it was dealt with, by dropping
   * it. A flood must not hold a socket forever at no cost, nor a fast user lose it for one eager
   * moment: each second with drops costs one protocol error ({@link ErrorBudget#spendOnOverflow}),
   * so a flood lasting about {@code ws.maxErrors} seconds within a minute closes the socket (1008)
   * while a burst now and then never does.
   */
  private void rateLimited(ClientEvent event) {
    if (event.seq() > outbox.accepted()) {
      outbox.accepted(event.seq());
    }
    refuse(new ProtocolException(ErrorCode.RATE_LIMITED, "more than "
        + settings.limits().eventsPerSecond() + " events a second (limits.eventsPerSecond): event "
        + event.seq() + " was not run", event.seq()), errors.spendOnOverflow());
  }

  private boolean tooManyPending() {
    int limit = settings.limits().pendingHandlers();
    return limit > 0 && pendingBlocking >= limit;
  }

  /**
   * An event whose blocking handler would be one too many ({@code limits.pendingHandlers}): not
   * run, answered {@code busy}. What it carried (a field's new value) is kept, like any event's;
   * only its handler is skipped. Not counted against {@code ws.maxErrors}: a user clicking a slow
   * button again and again is impatient, not hostile, and the event rate limit already bounds what
   * a flood of them costs.
   */
  private void busy(ClientEvent event) {
    metrics.protocolError(ErrorCode.BUSY);
    outbox.error(new ProtocolException(ErrorCode.BUSY, pendingBlocking + " blocking handlers of "
        + "this session are running or waiting (limits.pendingHandlers): the handler for event "
        + event.seq() + " was not run", event.seq()));
  }

  /** The browser applied the server's messages up to {@code ack}; false (and answered) if bogus. */
  private boolean acknowledged(long ack, Long ref) {
    if (outbox.acknowledged(ack)) {
      confirmed |= ack > 0;
      return true;
    }
    reject(new ProtocolException(ErrorCode.BAD_MESSAGE, "ack " + ack
        + " is above the last seq the server sent", ref));
    return false;
  }

  private void run(PageDriver.Dispatch dispatch, long seq) {
    started();
    long start = System.nanoTime();
    Future<Void> ran = dispatch.isAsync()
        ? runAsync(dispatch::runAsync, dispatch)
        : runBlocking(dispatch::runBlocking, dispatch);
    ran.onComplete(ar -> finished(dispatch, seq, start, ar.cause()));
  }

  /** After a handler: count it, report a failure, then send what it changed. */
  private void finished(PageDriver.Dispatch dispatch, long seq, long start, Throwable failure) {
    metrics.handlerFinished(!dispatch.isAsync(), System.nanoTime() - start, failure != null);
    if (failure != null) {
      handlerFailed(dispatch, seq, failure);
    }
    driver.page().update();
    done();
    frameDone();
  }

  private void handlerFailed(Object what, Long seq, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    LOG.log(System.Logger.Level.ERROR,
        "session " + tag + ": the handler for " + what + " failed", cause);
    String message = cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    outbox.appError(message, seq);
  }

  /** Answers a bad client message; closes the socket when the client keeps sending them. */
  private void reject(ProtocolException e) {
    refuse(e, errors.spend());
  }

  /** Answers a refused client message; closes the socket when the error budget is spent. */
  private void refuse(ProtocolException e, boolean withinBudget) {
    if (withinBudget) {
      metrics.protocolError(e.code());
      outbox.error(e);
      return;
    }
    metrics.protocolError(ErrorCode.TOO_MANY_ERRORS);
    outbox.error(new ProtocolException(ErrorCode.TOO_MANY_ERRORS, "too many protocol errors "
        + "(last: " + e.getMessage() + "); closing the connection", e.ref()));
    if (connection != null && !givenUp) {
      givenUp = true; // answering the rest of its flood would only feed it
      vertx.eventBus().send(connection, SessionNotice.close(1008, "too many protocol errors"));
    }
  }

  // ------------------------------------------------------------------ notices from the socket side

  private void receiveNotice(JsonObject notice, Message<Object> message) {
    String from = notice.getString(SessionNotice.CONNECTION);
    switch (notice.getString(SessionNotice.KIND, "")) {
      case SessionNotice.ATTACH -> attach(notice, from, message);
      case SessionNotice.DETACH -> {
        detach(from, SessionNotice.abusive(notice));
        message.reply(null); // nothing more goes to `from`: it may unregister (see Connection)
      }
      case SessionNotice.REFUSED -> {
        if (from != null && from.equals(connection) && !givenUp) {
          reject(SessionNotice.refusal(notice));
        }
      }
      case UploadNotice.UPLOADED -> uploaded(UploadNotice.file(notice), message);
      default -> LOG.log(System.Logger.Level.WARNING, "session " + tag
          + ": ignoring an unknown notice " + notice.getString(SessionNotice.KIND));
    }
  }

  /**
   * A reconnecting browser. It must present the session's whole token, secret included, compared
   * in constant time; a wrong one is refused exactly like a closing session or another app's
   * mount, and {@link Sessions} turns every refusal into 4002, as for a session no instance has:
   * a guess learns nothing but "no". The token lives only in the page's memory (a reload or a
   * duplicated tab starts a new session), so whoever presents it is this page coming back: it
   * takes over, even while the old connection still looks open — after a network change the
   * server may not have noticed that socket is dead. The old connection is closed with 4001, and a
   * client that sees that code does not reconnect (docs/security.md, "Taking a session over").
   *
   * <p>The register's own seq is not taken as accepted: events the browser kept from before it
   * carry lower numbers and must still be accepted when it resends them. It gets {@code resume}
   * and the messages after its ack when the outbox still has them, else a render.
   */
  private void attach(JsonObject notice, String from, Message<Object> message) {
    boolean admitted = token.admits(SessionToken.parse(notice.getString(SessionNotice.TOKEN)));
    if (!admitted || closing || draining || !mountPath.equals(notice.getString(SessionNotice.MOUNT))) {
      message.fail(409, "session " + tag + " cannot be attached");
      return;
    }
    if (expiryTimer >= 0) {
      vertx.cancelTimer(expiryTimer);
      expiryTimer = -1;
    }
    if (connection != null && !connection.equals(from)) {
      vertx.eventBus().send(connection, SessionNotice.close(4001, "replaced by a newer connection"));
    }
    if (connection == null) {
      metrics.sessionReattached(); // a takeover moves no session between attached and detached
    }
    connection = from;
    givenUp = false;
    confirmed |= notice.getLong(SessionNotice.ACK, 0L) > 0;
    watchConnectionNode(notice.getString(SessionNotice.NODE));
    doneUntold = 0; // the new connection counts its frames afresh
    long clientAck = notice.getLong(SessionNotice.ACK, 0L);
    message.reply(SessionNotice.attached(sessionId, nodes.self()));
    driver.resync(SessionNotice.clientInfo(notice), () -> outbox.attach(from, clientAck));
  }

  private void detach(String from) {
    detach(from, false);
  }

  /**
   * The connection is gone. Usually the session waits for its browser to come back; but one
   * closed for abuse (too many protocol errors, a corrupt or oversized frame) ends the session at
   * once: a real page does not do that, and a flood of such connections must not hold memory for
   * {@code session.timeoutSeconds} each. Its browser, if it was one, reconnects, gets 4002 and a
   * fresh session.
   */
  private void detach(String from, boolean abusive) {
    if (from == null || !from.equals(connection)) {
      return; // a connection this session already let go
    }
    connection = null;
    connectionWatch.cancel();
    outbox.detach();
    metrics.sessionDetached();
    runHooks(driver.disconnectHooks());
    if (abusive || givenUp) {
      LOG.log(System.Logger.Level.DEBUG, "a session's connection was closed for protocol abuse;"
          + " ending the session now");
      end();
      return;
    }
    startExpiry();
  }

  /**
   * The session ends unless its browser comes back within {@code session.timeoutSeconds} — or
   * within {@code session.unconfirmedTimeoutSeconds} if it never acknowledged anything.
   */
  private void startExpiry() {
    long timeout = Math.max(1, settings.waitFor(confirmed).toMillis());
    expiryTimer = vertx.setTimer(timeout, id -> {
      expiryTimer = -1;
      expire();
    });
  }

  /**
   * The browser stayed away too long: the session ends — unless the browser is away signing in
   * at a provider, which may take longer than the session timeout (up to
   * {@code oauth.stateTtlSeconds}). Then the session waits for the sign-in to end, either way,
   * and then for its browser as usual: the provider's redirect back finds it.
   */
  private void expire() {
    Future<Auth> signingIn = signIn.pending();
    if (signingIn == null) {
      end();
      return;
    }
    signingIn.onComplete(ar -> context.runOnContext(v -> {
      if (connection == null && !closing && expiryTimer < 0) {
        startExpiry();
      }
    }));
  }

  /**
   * Watches the node the connection lives on: if it dies, no detach notice ever comes (its
   * sockets went down with it), so its loss is taken as one — the timeout starts, onDisconnect
   * runs — and the browser, reconnecting through another instance, resumes the session.
   */
  private void watchConnectionNode(String node) {
    connectionWatch.cancel();
    String watched = connection;
    connectionWatch = nodes.watch(node, () -> context.runOnContext(v -> {
      LOG.log(System.Logger.Level.INFO, "session " + tag + ": the instance holding its "
          + "socket is gone; waiting for the browser to come back through another");
      detach(watched);
    }));
  }

  /**
   * A file arrived for this session: acknowledged at once (the upload's answer waits for it), then
   * the page's upload handlers run like blocking event handlers, and what they changed is sent.
   */
  private void uploaded(UploadedFile file, Message<Object> message) {
    if (closing) {
      message.fail(410, "session " + tag + " has ended");
      return;
    }
    message.reply(null);
    for (UploadHandler handler : driver.uploadHandlers()) {
      started();
      runBlocking(() -> handler.uploaded(file), "the upload of " + file.name()).onComplete(ar -> {
        if (ar.failed()) {
          handlerFailed("the upload of " + file.name(), null, ar.cause());
        }
        driver.page().update();
        done();
      });
    }
  }

  /**
   * The page's login or logout handlers for one event, run like event handlers: a blocking one
   * through the hand-off, an async one here; a failure logged and shown, what they changed sent.
   */
  private <B, A> void runSignInHandlers(String what, List<B> blocking, HandlerCall<B> callBlocking,
                                        List<A> async, AsyncHandlerCall<A> callAsync) {
    if (closing || draining) {
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
    driver.page().update();
    done();
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

  /**
   * Runs a blocking handler through the hand-off; completes on this context, failed as it failed,
   * or with a {@link HandlerTimeoutException} once it has run {@code handlers.timeoutSeconds}
   * (its thread interrupted). It counts as pending until its thread lets go of it, even after a
   * timeout: a handler that ignores the interrupt still holds a thread.
   *
   * @param what the handler's event, named by its {@code toString()} in a timeout's message
   */
  private Future<Void> runBlocking(BlockingRun handler, Object what) {
    pendingBlocking++;
    return handoff.run(context, () -> {
      try {
        handler.run();
        return null;
      } finally {
        context.runOnContext(v -> pendingBlocking--); // before the result: it is queued first
      }
    }, settings.limits().handlerTimeout(), what);
  }

  /**
   * Runs an async handler here; completes, on this context, when its stage does (at once when it
   * returns none), failed as it failed or threw — or with a {@link HandlerTimeoutException} once
   * it has taken {@code handlers.timeoutSeconds}, after which its stage is no longer waited for.
   */
  private Future<Void> runAsync(AsyncRun handler, Object what) {
    Promise<Void> ran = Promise.promise();
    try {
      CompletionStage<?> stage = handler.run();
      if (stage == null) {
        ran.complete();
      } else {
        long timer = abandonAfterTimeout(ran, what);
        stage.whenComplete((v, t) -> context.runOnContext(x -> {
          if (timer >= 0) {
            vertx.cancelTimer(timer);
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
    Duration limit = settings.limits().handlerTimeout();
    if (limit.isZero()) {
      return -1;
    }
    return vertx.setTimer(Math.max(1, limit.toMillis()),
        id -> ran.tryFail(new HandlerTimeoutException(String.valueOf(what), limit, false)));
  }

  /** What the session's sign-in asks of it. On the session's context. */
  private final class SignInListener implements SessionSignIn.Listener {

    @Override
    public void navigate(String url) {
      outbox.navigate(url, false);
    }

    @Override
    public void loggedIn(LoginEvent event) {
      List<LoginHandler> blocking = driver.loginHandlers();
      List<AsyncLoginHandler> async = driver.asyncLoginHandlers();
      if (blocking.isEmpty() && async.isEmpty() && !event.succeeded()) {
        LOG.log(System.Logger.Level.WARNING, "session " + tag + ": a sign-in with "
            + event.provider() + " failed (" + event.error() + ": " + event.errorDescription()
            + ") and the page has no onLogin handler to tell");
      }
      runSignInHandlers("the sign-in with " + event.provider(), blocking, h -> h.loggedIn(event),
          async, h -> h.loggedIn(event));
    }

    @Override
    public void loggedOut(LogoutEvent event) {
      runSignInHandlers("the sign-out from " + event.provider(), driver.logoutHandlers(),
          h -> h.loggedOut(event), driver.asyncLogoutHandlers(), h -> h.loggedOut(event));
    }
  }

  /**
   * A pubsub message's handler ({@link SessionPubSub} runs them one at a time), run like an event
   * handler: a blocking one through the hand-off, an async one here; a failure is logged and shown
   * like a handler's, and what it changed is sent. Completes on this context, never failed.
   */
  private Future<Void> runPubSub(SessionPubSub.Delivery delivery) {
    if (closing || draining) {
      return Future.succeededFuture();
    }
    started();
    long start = System.nanoTime();
    Future<Void> run = delivery.isAsync()
        ? runAsync(delivery::runAsync, delivery) : runBlocking(delivery::runBlocking, delivery);
    return run.transform(ar -> {
      metrics.handlerFinished(!delivery.isAsync(), System.nanoTime() - start, ar.failed());
      if (ar.failed()) {
        handlerFailed(delivery, null, ar.cause());
      }
      driver.page().update();
      done();
      return Future.<Void>succeededFuture();
    });
  }

  /** Ends the session for good: undeployed, which tells the browser and runs the close hooks. */
  private void end() {
    if (closing) {
      return;
    }
    closing = true;
    ended = true;
    vertx.undeploy(deploymentID());
  }

  /** Runs hooks through the hand-off; completes when all have, failed or not. */
  private Future<Void> runHooks(List<Runnable> hooks) {
    List<Future<Void>> runs = new ArrayList<>();
    for (Runnable hook : hooks) {
      runs.add(handoff.<Void>run(context, () -> {
        hook.run();
        return null;
      }).onFailure(t -> LOG.log(System.Logger.Level.ERROR,
          "session " + tag + ": a page hook failed", t)));
    }
    return Future.join(runs).mapEmpty();
  }

  /** What the page gets from its session. */
  private final class Host implements PageHost {

    @Override
    public String sessionId() {
      return sessionId;
    }

    @Override
    public CompletionStage<Void> timer(Duration delay) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      context.runOnContext(v -> vertx.setTimer(Math.max(1, delay.toMillis()), id -> done.complete(null)));
      return done;
    }

    @Override
    public void close() {
      context.runOnContext(v -> end());
    }

    @Override
    public PubSub pubsub() {
      return pubsub;
    }

    @Override
    public void login(String provider, LoginOptions options) {
      ClientInfo where = driver.page().client(); // the page as it is now: its URL and route
      context.runOnContext(v -> signIn.login(provider, options, where));
    }

    @Override
    public void logout() {
      signIn.logout();
    }

    @Override
    public Auth auth() {
      return signIn.current();
    }

    @Override
    public List<String> loginProviders() {
      return settings.signIns() == null ? List.of() : settings.signIns().providers();
    }

    @Override
    public void navigate(String url, boolean newTab) {
      outbox.navigate(url, newTab);
    }

    @Override
    public String uploadUrl(String fileName, long maxSize, Duration ttl) {
      if (settings.uploadUrls() == null) {
        throw new UnsupportedOperationException("this session's server takes no uploads");
      }
      return settings.uploadUrls().issue(mountPath, sessionId, fileName,
          maxSize < 0 ? settings.uploadUrls().maxSize() : maxSize,
          ttl == null ? settings.uploadUrls().ttl() : ttl);
    }

    @Override
    public void download(DownloadSource source, String fileName, String contentType) {
      if (settings.downloads() == null) {
        throw new UnsupportedOperationException("this session's server serves no downloads");
      }
      if (fileName == null || fileName.isBlank()) {
        throw new IllegalArgumentException("a download needs a file name to save it as");
      }
      String url = settings.downloads().issue(mountPath, sessionId, source, fileName, contentType);
      outbox.download(url, Downloads.safeName(fileName));
    }

    @Override
    public void clientStorage(long id, String op, String key, Object value) {
      outbox.storage(id, op, key, value);
    }
  }
}
