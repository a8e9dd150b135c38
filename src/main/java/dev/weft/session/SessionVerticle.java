package dev.weft.session;

import dev.weft.download.Downloads;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Register;
import dev.weft.secrets.LogTag;
import dev.weft.ui.Auth;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.DownloadSource;
import dev.weft.ui.LoginOptions;
import dev.weft.ui.PageDriver;
import dev.weft.ui.PageHost;
import dev.weft.ui.PubSub;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One browser tab's session: an ordinary event-loop verticle that owns the page, runs the app's
 * {@code main} and handlers, and sends patches to its connection. It ties together the parts a
 * session is made of, each in its own class:
 *
 * <ul>
 *   <li>{@link SessionInbox}: what arrives at {@link Addresses#session its address} (frames from
 *       the browser, notices from the socket side), taken in and answered;
 *   <li>{@link SessionLink}: the browser's connection, attached, detached, taken over, and the
 *       timer that ends the session when its browser stays away;
 *   <li>{@link SessionHandlers}: running {@code main} and the handlers, blocking ones through the
 *       {@link BlockingHandoff}, async ones here, so handlers of one session may run at the same
 *       time, as in Flet; a handler that throws is logged, shown in an error banner, and the
 *       session goes on;
 *   <li>{@link Outbox}: numbered messages to the browser, kept for replay until acknowledged.
 * </ul>
 *
 * <p>This class itself is the session's life: what it builds when it starts, what it lets go of
 * when it stops, and what the page gets from it ({@link PageHost}).
 */
public final class SessionVerticle extends VerticleBase {

  /** The log of every part of a session (their lines have always been under this name). */
  static final System.Logger LOG = System.getLogger(SessionVerticle.class.getName());
  /** How long stopping waits for close hooks: a hook that hangs must not hold up a shutdown. */
  private static final long HOOK_GRACE_MS = 10_000;

  final SessionToken token;
  final String sessionId;
  final String mountPath;
  private final AppMain main;
  final BlockingHandoff handoff;
  final SessionSettings settings;
  final Codec codec;
  private final long firstSeq;
  private ClientInfo client; // until start(): then the page holds it
  private final Runnable onEnd;
  final SessionMetrics metrics;
  private final PubSubHub pubsubHub;
  final Nodes nodes;
  final SessionLink link;

  /** Made on first use (most pages never use pubsub): see {@link #pubsub()}. */
  private SessionPubSub pubsub;
  private boolean pubsubClosed; // under this verticle's lock, with pubsub
  /** Made on the first login, on the context (most pages never sign in); read by any thread. */
  private volatile SessionSignIn signIn;
  PageDriver driver;
  Outbox outbox;
  SessionInbox inbox;
  SessionHandlers handlers;
  private MessageConsumer<Object> consumer;
  /** What starts and stops this session; set when it is made. */
  SessionDeployment deployment;
  /** Timers of this session not yet fired (null: none yet): see {@link #setTimer}. */
  private Set<Long> timers;
  /** The session is ending: by {@link #end()} or by being stopped. */
  boolean closing;
  private boolean ended; // ended by the app or by the timeout, not by the server going away
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
    this.mountPath = mountPath;
    this.main = main;
    this.handoff = handoff;
    this.settings = settings;
    this.codec = codec;
    this.firstSeq = register.seq();
    this.client = client;
    this.onEnd = onEnd;
    this.metrics = metrics;
    this.pubsubHub = pubsubHub;
    this.nodes = nodes;
    this.link = new SessionLink(this, connection);
  }

  /**
   * Builds the session's parts, listens at its address and runs {@code main} at once: the first
   * render goes out in the turn that opened the session. It does not wait for the address to be
   * registered with the cluster: the connection that opened it is on this instance, and a send
   * from here finds a local consumer whatever the cluster knows. Only a browser that comes back
   * through another instance needs the cluster to know the address, and it has to get the first
   * render before it can; if the registration fails, that is logged and the session goes on.
   */
  @Override
  public Future<?> start() {
    outbox = new Outbox(context, codec, token, settings.replayBytes(), settings.heartbeatSeconds());
    outbox.open(link.connection(), firstSeq, link.local()); // local: it registered here
    inbox = new SessionInbox(this);
    handlers = new SessionHandlers(this);
    driver = new PageDriver(new Host(), client, outbox, settings.maxControls());
    client = null;
    consumer = vertx.eventBus().consumer(Addresses.session(sessionId), inbox::receive);
    if (vertx.isClustered()) {
      consumer.completion().onFailure(t -> LOG.log(System.Logger.Level.WARNING, "session " + tag()
          + ": its address is not registered with the cluster; a browser coming back through"
          + " another instance will not find it", t));
    }
    metrics.sessionOpened(); // only a started verticle is stopped, and stop() counts the end
    handlers.runMain(main);
    return Future.succeededFuture();
  }

  /**
   * The session's end, however it comes: {@link #end()} (the app closed it, or its browser did
   * not come back in time) undeploys it, and so does the server shutting down ({@code Weft.close()},
   * Vert.x closing: see {@link Sessions#closeAll()}). The browser is told — 1000 "session ended",
   * or 1012 "server restarting" when the server is leaving, so it reconnects elsewhere — and the
   * close hooks run; stopping waits for them, up to {@value #HOOK_GRACE_MS} ms. Then its consumer
   * is unregistered and its timers cancelled: no Vert.x deployment owns the session's context
   * ({@link SessionDeployment}), so nothing else would.
   */
  @Override
  public Future<?> stop() {
    closing = true;
    closePubSub(); // the session hears no more messages
    SessionSignIn signingIn = signIn;
    if (signingIn != null) {
      signingIn.close(); // no more refreshes
    }
    onEnd.run();
    metrics.sessionEnded(link.attached());
    link.close(ended);
    Future<Void> hooks = driver == null ? Future.succeededFuture() : handlers.runHooks(driver.closeHooks());
    Promise<Void> bounded = Promise.promise();
    hooks.onComplete(ar -> bounded.tryComplete());
    long grace = setTimer(HOOK_GRACE_MS, id -> {
      if (bounded.tryComplete()) {
        LOG.log(System.Logger.Level.WARNING, "session " + tag()
            + ": close hooks still running after " + HOOK_GRACE_MS + " ms; ending anyway");
      }
    });
    return bounded.future().eventually(() -> {
      cancelTimer(grace);
      return consumer == null ? Future.succeededFuture() : consumer.unregister();
    }).onComplete(ar -> {
      cancelTimers();
      stopped.tryComplete();
    });
  }

  /** Completes once the session has ended for good: browser told, close hooks run. */
  public Future<Void> ended() {
    return stopped.future();
  }

  /** For a session whose start failed: it never ran, so it has ended. */
  void neverStarted() {
    stopped.tryComplete();
  }

  /** {@link SessionHandlers#drain()} from any thread. */
  Future<Void> drainOnItsContext() {
    if (context == null) {
      return Future.succeededFuture(); // not deployed yet: nothing of it runs
    }
    Promise<Void> drained = Promise.promise();
    context.runOnContext(v -> handlers.drain().onComplete(drained));
    return drained.future();
  }

  /**
   * How log lines name this session (see {@link LogTag}): computed for each line rather than kept,
   * since only log lines need it and an idle session should not carry it.
   */
  String tag() {
    return LogTag.of(sessionId);
  }

  /**
   * The page's pubsub, made on first use from any thread (a handler on a worker thread may be
   * first): an idle session of a page that never uses it does not carry it. Once the session has
   * stopped, one made late is closed at once, so it never joins the hub.
   */
  synchronized SessionPubSub pubsub() {
    if (pubsub == null) {
      pubsub = new SessionPubSub(sessionId, mountPath, pubsubHub, context, handlers::runPubSub);
      if (pubsubClosed) {
        pubsub.close();
      }
    }
    return pubsub;
  }

  private synchronized void closePubSub() {
    pubsubClosed = true;
    if (pubsub != null) {
      pubsub.close();
    }
  }

  /** Who is signed in, its pending login: null until the first login. */
  SessionSignIn signInOrNull() {
    return signIn;
  }

  /** The session's sign-in, made on the first login; on the context. */
  private SessionSignIn signIn() {
    SessionSignIn made = signIn;
    if (made == null) {
      made = new SessionSignIn(settings.signIns(), sessionId, context, Clock.systemUTC(),
          handlers.signInListener());
      if (closing) {
        made.close(); // a login after the end: it does nothing
      }
      signIn = made;
    }
    return made;
  }

  /** The session's context (its parts run on it). */
  Context context() {
    return context;
  }

  Vertx vertx() {
    return vertx;
  }

  /**
   * A timer of this session; on its context. Kept until it fires or is cancelled, so that
   * {@link #stop()} can cancel what is left (see there).
   */
  long setTimer(long delayMs, Handler<Long> handler) {
    long id = vertx.setTimer(delayMs, fired -> {
      if (timers != null) {
        timers.remove(fired);
      }
      handler.handle(fired);
    });
    if (timers == null) {
      timers = new HashSet<>(4);
    }
    timers.add(id);
    return id;
  }

  /** Cancels a timer of {@link #setTimer}; on the session's context. */
  void cancelTimer(long id) {
    vertx.cancelTimer(id);
    if (timers != null) {
      timers.remove(id);
    }
  }

  /** Timers still set (a page's {@code timer}, a handler's timeout): cancelled, as an undeploy would. */
  private void cancelTimers() {
    if (timers != null) {
      timers.forEach(vertx::cancelTimer);
      timers = null;
    }
  }

  /** Timers set and not yet fired nor cancelled (for tests). */
  int timersSet() {
    return timers == null ? 0 : timers.size();
  }

  /** Ends the session for good: undeployed, which tells the browser and runs the close hooks. */
  void end() {
    if (closing) {
      return;
    }
    closing = true;
    ended = true;
    if (deployment != null) {
      deployment.undeploy();
    } else {
      vertx.undeploy(deploymentID()); // deployed with deployVerticle, by someone other than Sessions
    }
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
      context.runOnContext(v -> setTimer(Math.max(1, delay.toMillis()), id -> done.complete(null)));
      return done;
    }

    @Override
    public void close() {
      context.runOnContext(v -> end());
    }

    @Override
    public PubSub pubsub() {
      return SessionVerticle.this.pubsub();
    }

    @Override
    public void login(String provider, LoginOptions options) {
      ClientInfo where = driver.page().client(); // the page as it is now: its URL and route
      context.runOnContext(v -> signIn().login(provider, options, where));
    }

    @Override
    public void logout() {
      SessionSignIn signingIn = signIn;
      if (signingIn != null) { // else no one ever signed in
        signingIn.logout();
      }
    }

    @Override
    public Auth auth() {
      SessionSignIn signingIn = signIn;
      return signingIn == null ? null : signingIn.current();
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
