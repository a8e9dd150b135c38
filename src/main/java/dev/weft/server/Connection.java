package dev.weft.server;

import dev.weft.protocol.ClientMessage;
import dev.weft.protocol.Codec;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Register;
import dev.weft.session.Addresses;
import dev.weft.session.Nodes;
import dev.weft.session.OpenedSession;
import dev.weft.session.SessionNotice;
import dev.weft.session.SessionRefused;
import dev.weft.session.Sessions;
import dev.weft.ui.ClientInfo;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The socket side of one browser connection. It registers {@code weft.conn.<id>} and writes
 * whatever arrives there to the WebSocket; it turns the first frame, {@code register}, into a
 * session (new or re-attached) and forwards every later frame to that session's address. It never
 * calls the session directly: they may live in different verticles, or JVMs.
 *
 * <p>It is honest about peers that do not keep up. A client that stops reading never makes the
 * server buffer without bound: while the socket's write queue is full it is not read from
 * either, and once more than {@code ws.maxQueuedBytes} wait to be written it is closed with 4003.
 * A peer that sends nothing, not even a pong, for two ping intervals is closed with 4004. Either
 * way the session is told at once and keeps what the browser missed for its return.
 *
 * <p>Nor can a client that floods events queue unbounded work: the socket is read at most
 * {@value #MAX_AHEAD} frames ahead of what the session is done with (it says so in batches,
 * {@link SessionNotice#done}), so a flood waits in the client's TCP buffers, not on the event loop
 * other sessions share.
 *
 * <p>Its session may live on another instance of the cluster. Then it watches that instance: if
 * it dies, the session is gone with it, and the socket is closed with 4002 at once so the browser
 * starts afresh rather than sending frames nobody receives. And when this instance drains, such a
 * socket is closed with 1012 first thing: the browser re-attaches through another instance and
 * its session, which lives on, never notices.
 */
final class Connection implements PingRound.Member {

  private static final System.Logger LOG = System.getLogger(Connection.class.getName());
  /**
   * How frames go to a session on this instance: local only, so a clustered event bus delivers
   * them at once instead of asking the cluster's registry where the address lives. Shared: Vert.x
   * only reads options, and one per frame would be garbage.
   */
  private static final DeliveryOptions HERE = new DeliveryOptions().setLocalOnly(true);
  /** How frames go to a session on another instance (or one not known to be here). */
  private static final DeliveryOptions ANYWHERE = new DeliveryOptions();
  /** How long a closed connection keeps its address for a session that does not answer its detach. */
  private static final long DETACH_PATIENCE_MS = 10_000;
  private static final DeliveryOptions DETACH_HERE = new DeliveryOptions(HERE).setSendTimeout(DETACH_PATIENCE_MS);
  private static final DeliveryOptions DETACH_ANYWHERE = new DeliveryOptions().setSendTimeout(DETACH_PATIENCE_MS);

  private final ServerWebSocket socket;
  private final AppMount mount;
  private final Sessions sessions;
  private final Codec codec;
  private final Vertx vertx;
  private final EventBus eventBus;
  private final SocketLimits limits;
  private UpgradeRequest upgrade; // until a session is attached
  private final String address = Addresses.newConnection();
  private MessageConsumer<Object> consumer;
  private String session;       // the session's address once registered
  private boolean remote;       // the session lives on another instance of the cluster
  private Context context;      // the socket's
  private Nodes.Watch sessionNodeWatch = Nodes.Watch.NONE; // of a remote session's node
  private Runnable forgetDrain = () -> { };                // of a remote session's socket
  private boolean registering;
  private boolean closed;        // the socket closed, or this side gave up on it
  private boolean abusive;       // closed for breaking the protocol: its session ends at once
  private int errorsBeforeRegister;
  private long queuedBytes;     // written to the socket, not yet flushed to the network
  private boolean paused;       // not reading: the write queue is full, or the session is behind
  private long lastHeard = System.nanoTime();
  private PingRound pings;      // of the socket's context, from start()
  /**
   * Frames that arrived while the session was being opened, forwarded once it is; null until one
   * does (most sessions never have any, and 15,000 idle ones should not each hold a list).
   */
  private List<String> early;
  private static final int MAX_EARLY = 64;
  /**
   * Completes once sessions on any instance can send to this connection (its consumer is
   * registered with the cluster), which a re-attach waits for (see {@link Sessions#open}); fails
   * if that takes longer than {@value #REACHABLE_PATIENCE_MS} ms — a 1011, after which the browser
   * tries again, rather than a page that never answers — or if the socket goes first. Let go
   * (null) once a session is attached: nothing waits for it any more.
   */
  private Promise<Void> reachable = Promise.promise();
  private static final long REACHABLE_PATIENCE_MS = 5_000;
  /** Frames forwarded to the session that it is not done with, at most; then reading pauses. */
  static final int MAX_AHEAD = 256;
  private int ahead;            // frames forwarded that the session is not done with
  private boolean writeBlocked; // the write queue is full

  Connection(ServerWebSocket socket, AppMount mount, Sessions sessions, Codec codec,
             Vertx vertx, SocketLimits limits, UpgradeRequest upgrade) {
    this.socket = socket;
    this.mount = mount;
    this.sessions = sessions;
    this.codec = codec;
    this.vertx = vertx;
    this.eventBus = vertx.eventBus();
    this.limits = limits;
    this.upgrade = upgrade;
  }

  void start() {
    context = vertx.getOrCreateContext();
    consumer = eventBus.consumer(address, this::fromSession);
    Promise<Void> reachable = this.reachable;
    consumer.completion().timeout(REACHABLE_PATIENCE_MS, TimeUnit.MILLISECONDS).onComplete(ar -> {
      if (ar.succeeded()) {
        reachable.tryComplete();
      } else {
        reachable.tryFail(new IllegalStateException("this connection's event-bus address is not"
            + " registered with the cluster after " + REACHABLE_PATIENCE_MS + " ms", ar.cause()));
      }
    });
    socket.textMessageHandler(this::fromBrowser);
    socket.binaryMessageHandler(this::binary);
    socket.pongHandler(pong -> heard());
    socket.exceptionHandler(this::failed);
    socket.closeHandler(v -> closed());
    socket.drainHandler(v -> {
      writeBlocked = false;
      readIfAllowed();
    });
    pings = PingRound.of(context, limits.pingInterval().toMillis());
    pings.join(this);
  }

  private void fromSession(Message<Object> message) {
    Object body = message.body();
    if (body instanceof String frame) {
      write(frame);
    } else if (body instanceof Integer frames) { // credits: SessionNotice.done
      ahead = Math.max(0, ahead - frames);
      readIfAllowed();
    } else if (body instanceof JsonObject notice && !socket.isClosed()) {
      socket.close(SessionNotice.closeCode(notice), SessionNotice.closeReason(notice));
    }
  }

  /** Pauses reading while the write queue is full or the session is too far behind. */
  private void readIfAllowed() {
    boolean stop = writeBlocked || ahead >= MAX_AHEAD;
    if (stop && !paused) {
      paused = true;
      socket.pause();
    } else if (!stop && paused && !closed) {
      paused = false;
      socket.resume();
    }
  }

  /**
   * Writes a frame, counting what waits to be flushed. Past {@code ws.maxQueuedBytes} the client
   * is too slow: closed with 4003 (its session keeps what it missed). While the write queue is
   * full, the socket is not read: a client that does not read gets no more work done for it.
   */
  private void write(String frame) {
    if (closed || socket.isClosed()) {
      return;
    }
    long size = frame.length();
    // A frame bigger than the cap on its own (a big page's render) still goes out: the cap is
    // about a client that stops reading, which shows only as frames piling up behind others.
    if (queuedBytes > 0 && queuedBytes + size > limits.maxQueuedBytes()) {
      abandon((short) 4003, "too slow: more than ws.maxQueuedBytes (" + limits.maxQueuedBytes()
          + ") waiting to be written");
      return;
    }
    queuedBytes += size;
    socket.writeTextMessage(frame).onComplete(ar -> queuedBytes -= size);
    if (!writeBlocked && socket.writeQueueFull()) {
      writeBlocked = true;
      readIfAllowed();
    }
  }

  /**
   * Every ping interval ({@link PingRound}): close a peer silent for two, else ping it (it answers
   * with a pong).
   */
  @Override
  public void ping() {
    long silentNanos = System.nanoTime() - lastHeard;
    if (silentNanos > 2 * limits.pingInterval().toNanos()) {
      abandon((short) 4004, "no answer to pings for " + silentNanos / 1_000_000 + " ms");
    } else if (!socket.isClosed()) {
      socket.writePing(Buffer.buffer());
    }
  }

  private void heard() {
    lastHeard = System.nanoTime();
  }

  /**
   * Gives up on the socket: closes it with {@code code} and lets the session go at once, without
   * waiting for a close handshake that a peer which stopped reading (or a dead path) never
   * completes. Later frames from the browser are dropped; the browser resumes on a new socket.
   */
  private void abandon(short code, String reason) {
    if (closed) {
      return;
    }
    LOG.log(System.Logger.Level.INFO, "closing a connection of " + mount.path() + " with " + code
        + ": " + reason);
    closed();
    socket.close(code, reason);
  }

  private void fromBrowser(String frame) {
    heard();
    if (closed) {
      return;
    }
    int size = utf8Length(frame);
    if (size > limits.maxFrameSize()) {
      refuse(new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "a frame of " + size
          + " bytes is larger than ws.maxFrameSize (" + limits.maxFrameSize() + ")", null));
      return;
    }
    if (session != null) {
      forward(frame);
      return;
    }
    if (registering) {
      // The session may have sent its render before its deployment completed here (an async
      // main renders at once): keep the browser's next frames for it instead of losing them.
      if (early == null) {
        early = new ArrayList<>(4);
      }
      if (early.size() < MAX_EARLY) {
        early.add(frame);
      } else {
        reject(new ProtocolException(ErrorCode.NOT_REGISTERED,
            "wait for the render before sending events", null));
      }
      return;
    }
    ClientMessage message;
    try {
      message = codec.decodeClient(frame);
    } catch (ProtocolException e) {
      reject(e);
      return;
    }
    if (!(message instanceof Register register)) {
      reject(new ProtocolException(ErrorCode.NOT_REGISTERED,
          "the first message must be register", message.seq()));
      return;
    }
    registering = true;
    ClientInfo client = upgrade.clientInfo(register);
    sessions.open(mount.path(), mount.main(), register, client, address, reachable.future()).onComplete(ar -> {
      registering = false;
      if (closed) {
        // the socket went while its session was being opened (or before it was asked for)
        if (ar.succeeded()) {
          letGo(Addresses.session(ar.result().id()), sessions.isHere(ar.result().id()));
        } else {
          consumer.unregister();
        }
      } else if (ar.failed() && ar.cause() instanceof SessionRefused refused) {
        closed();
        socket.close(refused.closeCode(), refused.getMessage());
      } else if (ar.failed()) {
        LOG.log(System.Logger.Level.ERROR, "cannot open a session", ar.cause());
        socket.close((short) 1011, "cannot open a session");
      } else {
        session = Addresses.session(ar.result().id());
        remote = !sessions.isHere(ar.result().id());
        reachable = null; // the session is attached: nothing waits for it now, nor needs the upgrade
        upgrade = null;
        sessions.metrics().socketAttached(remote);
        if (early != null) {
          early.forEach(this::forward);
        }
        if (remote) {
          watchRemote(ar.result());
        }
      }
      early = null;
    });
  }

  /** See the class comment: a remote session's node may die, and this instance may drain. */
  private void watchRemote(OpenedSession opened) {
    sessionNodeWatch = sessions.nodes().watch(opened.node(), () -> context.runOnContext(v ->
        abandon(SessionRefused.UNKNOWN_SESSION, "session lost: the server holding it stopped")));
    forgetDrain = sessions.whenDraining(() -> context.runOnContext(v ->
        abandon(SessionRefused.RESTARTING, "server restarting")));
  }

  private void forward(String frame) {
    eventBus.send(session, frame, remote ? ANYWHERE : HERE);
    if (++ahead >= MAX_AHEAD) {
      readIfAllowed();
    }
  }

  private void binary(Buffer buffer) {
    heard();
    if (closed) {
      return;
    }
    refuse(new ProtocolException(ErrorCode.BAD_MESSAGE,
        "binary frames are not part of the protocol: send JSON text frames", null));
  }

  /** A frame refused here: the session answers it (it owns the seq and the error count). */
  private void refuse(ProtocolException e) {
    if (session != null) {
      eventBus.send(session, SessionNotice.refused(address, e), remote ? ANYWHERE : HERE);
    } else {
      reject(e);
    }
  }

  /** Answers a bad frame before a session exists (seq 0); closes after repeated abuse. */
  private void reject(ProtocolException e) {
    if (socket.isClosed()) {
      return;
    }
    sessions.metrics().protocolError(e.code());
    socket.writeTextMessage(codec.encode(e.toError(0)));
    if (++errorsBeforeRegister >= 5) {
      socket.close((short) 1008, "too many protocol errors");
    }
  }

  /**
   * A frame over the hard limit (or otherwise corrupt) arrives as an exception; left alone, Vert.x
   * closes with 1000. Close with the decoder's status instead: 1009 for a frame too large.
   */
  private void failed(Throwable t) {
    if (t instanceof CorruptedWebSocketFrameException corrupt && !socket.isClosed()) {
      abusive = true;
      socket.close((short) corrupt.closeStatus().code(), corrupt.closeStatus().reasonText());
      return;
    }
    LOG.log(System.Logger.Level.DEBUG, "WebSocket failure", t);
  }

  /** The socket closed, or this side gave up on it: the session lets it go. Once. */
  private void closed() {
    if (closed) {
      return;
    }
    closed = true;
    if (reachable != null) {
      reachable.tryFail("the socket closed"); // a re-attach still waiting for it is not asked for
    }
    if (pings != null) {
      pings.leave(this);
    }
    sessionNodeWatch.cancel();
    forgetDrain.run();
    if (session != null) {
      sessions.metrics().socketDetached(remote);
      letGo(session, !remote);
    } else if (!registering) {
      consumer.unregister();
    } // else the session being opened is let go once it is (see fromBrowser)
  }

  /**
   * Tells the session its socket is gone, and unregisters this connection's address only once
   * the session answers (or cannot). Until then the address stays, and what still arrives for it
   * is dropped by {@link #write} (the socket is closed). Unregistering at once would make Vert.x
   * log "Discarding message since the consumer is not registered" for every patch or error the
   * session had already sent: under a flood of abusive connections, thousands of warnings a second
   * (issue 14). The session sends nothing to this address after answering, so none are lost.
   */
  private void letGo(String sessionAddress, boolean here) {
    eventBus.request(sessionAddress, SessionNotice.detach(address, abusive), here ? DETACH_HERE : DETACH_ANYWHERE)
        .onComplete(ar -> consumer.unregister());
  }

  /** The frame's length in UTF-8 bytes, counted only when it could be over the limit. */
  private int utf8Length(String frame) {
    if ((long) frame.length() * 3 <= limits.maxFrameSize()) {
      return frame.length(); // under the limit whatever the characters
    }
    return frame.getBytes(StandardCharsets.UTF_8).length;
  }
}
