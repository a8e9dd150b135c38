package dev.weft.session;

import dev.weft.protocol.Codec;
import dev.weft.protocol.Register;
import dev.weft.ui.ClientInfo;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens sessions for registering browsers: re-attaches a live one when the browser names it,
 * starts a new {@link SessionVerticle} on the registering socket's event loop
 * ({@link SessionDeployment}) when it names none, and refuses ({@link SessionRefused}) a name it
 * does not know. Lookups go over the event bus, not through a map, so they find a
 * session wherever it lives. {@link #drain} shuts them down gracefully.
 *
 * <p>It counts the sessions living here, and holds at most {@code limits.sessions}: past it a new
 * session is refused with 1013 "server busy" ({@link #full()} then says so to the readiness probe,
 * so a load balancer sends new users elsewhere). A re-attach is always taken: the session it asks
 * for is counted already, wherever it lives, and turning away its browser would lose its page.
 */
public final class Sessions {

  private static final long ATTACH_TIMEOUT_MS = 5_000;
  /** How long an attach still waiting when a node of the cluster leaves may wait on: see LossDeadline. */
  private static final long ATTACH_AFTER_LOSS_MS = 1_500;
  /** How long a re-attach that found no session waits before asking once more: see {@link #askToAttach}. */
  private static final long ATTACH_RETRY_MS = 250;

  private final Vertx vertx;
  private final BlockingHandoff handoff;
  private final SessionSettings settings;
  private final Codec codec;
  private final SessionMetrics metrics;
  private final PubSubHub pubsub;
  private final Nodes nodes;
  /** What sockets of this instance whose session lives elsewhere do once draining starts. */
  private final Set<Runnable> onDrain = ConcurrentHashMap.newKeySet();
  private final AtomicInteger live = new AtomicInteger();
  private final BusyLog busyLog = new BusyLog();
  /** This instance's sessions until they have ended, close hooks and all. */
  private final Map<String, SessionDeployment> running = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private volatile boolean draining;

  public Sessions(Vertx vertx, BlockingHandoff handoff, SessionSettings settings, Codec codec) {
    this(vertx, handoff, settings, codec, SessionMetrics.NONE);
  }

  /** Sessions that report what happens to them to {@code metrics}. */
  public Sessions(Vertx vertx, BlockingHandoff handoff, SessionSettings settings, Codec codec,
                  SessionMetrics metrics) {
    this.vertx = vertx;
    this.handoff = handoff;
    this.settings = settings;
    this.codec = codec;
    this.metrics = metrics;
    this.pubsub = new PubSubHub(vertx);
    this.nodes = Nodes.of(vertx);
  }

  /** This instance's node and the others', for watching the node a session or socket is on. */
  public Nodes nodes() {
    return nodes;
  }

  /** Where these sessions, and the connections that open them, report what happens. */
  public SessionMetrics metrics() {
    return metrics;
  }

  /**
   * Opens the session a browser registered for; completes with its id and node, or fails with
   * {@link SessionRefused} when the browser named a session that is not here, or presented a token
   * that is not the session's (4002, alike), the server is shutting down (1012) or a new session
   * would be one more than {@code limits.sessions} (1013).
   *
   * @param mount the path the app is mounted at: a session only re-attaches within its own app
   * @param connection the registering connection's address
   * @param reachable completes once a session on any instance can send to {@code connection} (its
   *     consumer is registered with the cluster); a re-attach asks its session only then, and fails
   *     as it does
   */
  public Future<OpenedSession> open(String mount, AppMain main, Register register,
                                    ClientInfo client, String connection, Future<Void> reachable) {
    if (draining) {
      return Future.failedFuture(SessionRefused.restarting());
    }
    if (register.session() == null) {
      return create(mount, main, register, client, connection);
    }
    SessionToken wanted = SessionToken.parse(register.session());
    if (wanted == null) {
      return Future.failedFuture(SessionRefused.unknown());
    }
    // the session itself checks the token's secret: see SessionVerticle.attach
    return reattach(wanted.id(), SessionNotice.attach(connection, nodes.self(), mount, register, client),
        connection, reachable);
  }

  /**
   * Asks session {@code id}, wherever it lives, to take the connection, once the connection is
   * {@code reachable}. The session answers the request and at once sends the browser its
   * {@code resume} and what it missed, to the connection's address. A consumer is registered with
   * the cluster asynchronously, and until Hazelcast holds the registration a send from another
   * instance finds no one at that address and Vert.x drops it without a word. Normally the
   * registration wins that race by milliseconds; but while the cluster moves partitions after
   * losing a member it took 300 ms, the session's {@code resume} went nowhere, and the browser
   * waited in vain for an answer to its re-attach (issue 9; Vert.x's SockJS bridge waits for the
   * registration likewise, vertx-web #2420). A new session needs no such wait: it lives on this
   * instance, and a send from here finds the consumer here.
   */
  private Future<OpenedSession> reattach(String id, JsonObject attach, String connection,
                                         Future<Void> reachable) {
    Promise<OpenedSession> answer = Promise.promise();
    LossDeadline deadline = new LossDeadline(vertx, ATTACH_AFTER_LOSS_MS,
        () -> answer.tryFail(SessionRefused.unknown()));
    Nodes.Watch loss = nodes.whenAnyLeaves(deadline::nodeLeft);
    reachable.onComplete(ready -> {
      if (ready.failed()) {
        loss.cancel();
        deadline.cancel();
        answer.tryFail(ready.cause());
        return;
      }
      deadline.asked();
      askToAttach(id, attach, connection, answer, loss, deadline, true);
    });
    return answer.future();
  }

  /**
   * Sends the attach request of {@link #reattach}. A session that was just opened on another
   * instance is not yet known to this one: its consumer's registration reaches the cluster
   * asynchronously (see {@link SessionVerticle#start()}), and until it does the request fails at
   * once with NO_HANDLERS. A browser that reconnects through another instance within those
   * milliseconds (a load balancer without stickiness, a reload of a fresh tab) would be refused
   * with 4002 and lose its page; so NO_HANDLERS is asked again once, after
   * {@value #ATTACH_RETRY_MS} ms, before the refusal. Only once: a session no instance has (the
   * usual case of NO_HANDLERS) is refused a quarter-second later, not never; and without a
   * cluster there is no other instance, so no retry.
   */
  private void askToAttach(String id, JsonObject attach, String connection,
                           Promise<OpenedSession> answer, Nodes.Watch loss, LossDeadline deadline,
                           boolean mayRetry) {
    vertx.eventBus()
        .<JsonObject>request(Addresses.session(id), attach,
            new DeliveryOptions().setSendTimeout(ATTACH_TIMEOUT_MS))
        .onComplete(ar -> {
          if (ar.failed() && mayRetry && vertx.isClustered() && !draining && isNoHandlers(ar.cause())
              && !answer.future().isComplete()) {
            vertx.setTimer(ATTACH_RETRY_MS, t -> {
              if (answer.future().isComplete()) {
                return; // given up on meanwhile (a node left)
              }
              askToAttach(id, attach, connection, answer, loss, deadline, false);
            });
            return;
          }
          loss.cancel();
          deadline.cancel();
          if (ar.failed()) {
            answer.tryFail(draining ? SessionRefused.restarting() : SessionRefused.unknown());
            return;
          }
          OpenedSession opened = SessionNotice.opened(ar.result().body());
          if (!answer.tryComplete(opened)) {
            // given up on meanwhile, and the socket refused: the session must not wait for it
            vertx.eventBus().send(Addresses.session(opened.id()), SessionNotice.detach(connection));
          }
        });
  }

  private static boolean isNoHandlers(Throwable failure) {
    return failure instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS;
  }

  /** The apps' publish–subscribe on this instance: {@code page.pubsub()} of these sessions. */
  public PubSubHub pubsub() {
    return pubsub;
  }

  /** Whether new sessions and re-attaches are taken: false once {@link #drain} or closing began. */
  public boolean accepting() {
    return !draining && !closed;
  }

  /**
   * Shuts down gracefully: from now on no session opens or re-attaches (1012), no session accepts
   * new events (browsers keep them for the server they reach next), and once no handler of any
   * session is running — or {@code grace} has passed — every session ends like {@link #closeAll}
   * (browsers told 1012, close hooks run). Handlers that finish in time have their last changes
   * delivered before the close. Completes when all sessions have ended.
   */
  public Future<Void> drain(Duration grace) {
    draining = true;
    // sockets for sessions of other instances go first: their browsers re-attach through another
    // instance at once, and those sessions are not touched
    for (Runnable action : onDrain) {
      if (onDrain.remove(action)) { // whoever removes an action runs it: once
        action.run();
      }
    }
    List<Future<Void>> idle = new ArrayList<>();
    running.values().forEach(deployment -> idle.add(deployment.session().drainOnItsContext()));
    Promise<Void> settled = Promise.promise();
    long timer = vertx.setTimer(Math.max(1, grace.toMillis()), id -> settled.tryComplete());
    Future.join(idle).onComplete(ar -> {
      vertx.cancelTimer(timer);
      settled.tryComplete();
    });
    return settled.future().compose(v -> closeAll());
  }

  /**
   * Runs {@code action} (on the draining thread) when {@link #drain} starts, or at once if it has
   * started; the returned handle forgets it. For sockets whose session lives on another instance.
   */
  public Runnable whenDraining(Runnable action) {
    if (draining) {
      action.run();
      return () -> { };
    }
    onDrain.add(action);
    if (draining && onDrain.remove(action)) {
      action.run(); // drain started meanwhile and may have passed it by
    }
    return () -> onDrain.remove(action);
  }

  /** Whether the session {@code id} lives in this instance (else, if anywhere, on another). */
  public boolean isHere(String id) {
    return running.containsKey(id);
  }

  /** Sessions living in this instance. */
  public int live() {
    return live.get();
  }

  /** {@code limits.sessions}: the most sessions this instance holds, or 0 for no limit. */
  public int limit() {
    return settings.maxSessions();
  }

  /** Whether this instance holds {@link #limit()} sessions: a new one would be refused (1013). */
  public boolean full() {
    int limit = settings.maxSessions();
    return limit > 0 && live.get() >= limit;
  }

  /** Counts one more session unless that would pass the limit; atomic, so racing opens never do. */
  private boolean reserve() {
    int limit = settings.maxSessions();
    if (limit == 0) {
      live.incrementAndGet();
      return true;
    }
    int now;
    do {
      now = live.get();
      if (now >= limit) {
        return false;
      }
    } while (!live.compareAndSet(now, now + 1));
    return true;
  }

  /**
   * Ends every session this instance opened — their browsers are told 1012 "server restarting" and their
   * close hooks run — and opens no more; completes when all have ended. Idempotent.
   *
   * <p>Vert.x does not end these sessions when it closes: they are not Vert.x deployments
   * ({@link SessionDeployment}). Whoever owns this calls it (or {@link #drain}): {@code Weft} from
   * its Vert.x close hook and {@code WeftVerticle.stop()}, the standalone socket handler from one
   * of its own.
   */
  public Future<Void> closeAll() {
    closed = true;
    List<Future<Void>> ends = new ArrayList<>();
    // one still starting stops as soon as it has started (see SessionDeployment)
    running.values().forEach(deployment -> ends.add(deployment.undeploy()));
    return Future.join(ends).eventually(pubsub::close).<Void>mapEmpty().onComplete(v -> nodes.close());
  }

  private Future<OpenedSession> create(String mount, AppMain main, Register register, ClientInfo client,
                                String connection) {
    if (closed) {
      return Future.failedFuture(new IllegalStateException("Weft is closed: no new sessions"));
    }
    if (!reserve()) {
      busyLog.refused(settings.maxSessions());
      return Future.failedFuture(SessionRefused.busy(settings.maxSessions()));
    }
    SessionToken token = SessionToken.issue();
    String id = token.id();
    SessionVerticle session = new SessionVerticle(token, mount, main, handoff, settings, codec,
        connection, register, client, live::decrementAndGet, metrics, pubsub, nodes);
    // on this thread's loop: the socket's, since a socket's register calls open on its context
    SessionDeployment deployment = SessionDeployment.onCurrentLoop(vertx, session);
    running.put(id, deployment);
    session.ended().onComplete(v -> running.remove(id));
    // the app's pubsub consumer is in place before its first session runs main
    Future<Void> listening = pubsub.listen(mount);
    Future<Void> started = listening.succeeded()
        ? deployment.deploy() // the usual case: no hop through the listen future's callbacks
        : listening.compose(v -> deployment.deploy());
    return started
        .onSuccess(v -> {
          if (closed) {
            deployment.undeploy(); // closeAll ran while it was starting
          }
        })
        .onFailure(t -> {
          live.decrementAndGet();
          session.neverStarted();
        })
        .map(v -> new OpenedSession(id, nodes.self()));
  }
}
