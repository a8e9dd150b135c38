package dev.weft.session;

import dev.weft.ui.Auth;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

/**
 * A session's hold on its browser's connection: which connection is attached (the event-bus
 * address the session writes to, never the socket itself, so the socket may live on another
 * verticle or JVM), taking a new one (a re-attach, a takeover), letting one go (a detach, or the
 * loss of the node it lived on), the notices the session sends it, and the timer that ends the
 * session when its browser stays away.
 *
 * <p>It exists apart from {@link SessionVerticle} because connections come and go many times in
 * one session's life, across nodes, while the page stays: this is the one place that knows
 * whether one is attached, and where. On the session's context only.
 */
final class SessionLink {

  /**
   * For notices to a connection on this node: the clustered event bus then delivers them here
   * without asking the cluster where the address lives (a lookup that stalled for seconds while
   * Hazelcast moved partitions after losing a member). Shared: options are only read by a send.
   */
  static final DeliveryOptions LOCAL_ONLY = new DeliveryOptions().setLocalOnly(true);

  private final SessionVerticle session;
  private String connection; // the attached connection's address, or null
  /** Whether the attached connection lives on this node (a new session's always does). */
  private boolean local = true;
  /** Of the node a re-attached connection lives on (a new session's is this node), while attached. */
  private Nodes.Watch connectionWatch = Nodes.Watch.NONE;
  private long expiryTimer = -1;
  /** The browser acknowledged a message once: it is a page, worth the full session timeout. */
  private boolean confirmed;
  /**
   * This session closed its connection for too many protocol errors (1008): the frames still on
   * their way from it are dropped unanswered, and its detach ends the session (see {@link #detach}).
   */
  private boolean givenUp;

  /** A link to the connection whose register opened the session. */
  SessionLink(SessionVerticle session, String connection) {
    this.session = session;
    this.connection = connection;
  }

  /** The attached connection's address, or null while none is. */
  String connection() {
    return connection;
  }

  boolean attached() {
    return connection != null;
  }

  /** Whether {@code from} is the attached connection. */
  boolean isAttached(String from) {
    return from != null && from.equals(connection);
  }

  boolean givenUp() {
    return givenUp;
  }

  /** The browser acknowledged something ({@code acked}): it is a real page. */
  void confirmed(boolean acked) {
    confirmed |= acked;
  }

  /** Sends a notice to the attached connection, if any; only on this node when it lives here. */
  void send(Object notice) {
    if (connection != null) {
      if (local) {
        session.vertx().eventBus().send(connection, notice, LOCAL_ONLY);
      } else {
        session.vertx().eventBus().send(connection, notice);
      }
    }
  }

  /** Whether the attached connection lives on this node (the outbox then sends to it local-only). */
  boolean local() {
    return local;
  }

  /** Closes the connection for too many protocol errors (1008), once: answering its flood would feed it. */
  void giveUp() {
    if (connection != null && !givenUp) {
      givenUp = true;
      send(SessionNotice.close(1008, "too many protocol errors"));
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
  void attach(JsonObject notice, String from, Message<Object> message) {
    boolean admitted = session.token.admits(SessionToken.parse(notice.getString(SessionNotice.TOKEN)));
    if (!admitted || session.closing || session.handlers.draining()
        || !session.mountPath.equals(notice.getString(SessionNotice.MOUNT))) {
      message.fail(409, "session " + session.tag() + " cannot be attached");
      return;
    }
    cancelExpiry();
    if (connection != null && !connection.equals(from)) {
      send(SessionNotice.close(4001, "replaced by a newer connection"));
    }
    if (connection == null) {
      session.metrics.sessionReattached(); // a takeover moves no session between attached and detached
    }
    connection = from;
    local = session.nodes.self().equals(notice.getString(SessionNotice.NODE));
    givenUp = false;
    long clientAck = notice.getLong(SessionNotice.ACK, 0L);
    confirmed |= clientAck > 0;
    watchConnectionNode(notice.getString(SessionNotice.NODE));
    session.inbox.newConnection();
    message.reply(SessionNotice.attached(session.sessionId, session.nodes.self()));
    boolean connectionLocal = local;
    session.driver.resync(SessionNotice.clientInfo(notice),
        () -> session.outbox.attach(from, clientAck, connectionLocal));
  }

  /**
   * The connection is gone. Usually the session waits for its browser to come back; but one
   * closed for abuse (too many protocol errors, a corrupt or oversized frame) ends the session at
   * once: a real page does not do that, and a flood of such connections must not hold memory for
   * {@code session.timeoutSeconds} each. Its browser, if it was one, reconnects, gets 4002 and a
   * fresh session.
   */
  void detach(String from, boolean abusive) {
    if (from == null || !from.equals(connection)) {
      return; // a connection this session already let go
    }
    connection = null;
    connectionWatch.cancel();
    session.outbox.detach();
    session.metrics.sessionDetached();
    session.handlers.runHooks(session.driver.disconnectHooks());
    if (abusive || givenUp) {
      SessionVerticle.LOG.log(System.Logger.Level.DEBUG, "a session's connection was closed for "
          + "protocol abuse; ending the session now");
      session.end();
      return;
    }
    startExpiry();
  }

  /**
   * The session is ending: no expiry any more, no watch, and the connection, if one is attached,
   * is told — 1000 "session ended" when the app or the timeout ended it ({@code ended}), else 1012
   * "server restarting", so the browser reconnects elsewhere.
   */
  void close(boolean ended) {
    cancelExpiry();
    connectionWatch.cancel();
    if (connection != null) {
      send(ended
          ? SessionNotice.close(1000, "session ended")
          : SessionNotice.close(1012, "server restarting"));
      connection = null;
      session.outbox.detach();
    }
  }

  private void cancelExpiry() {
    if (expiryTimer >= 0) {
      session.cancelTimer(expiryTimer);
      expiryTimer = -1;
    }
  }

  /**
   * The session ends unless its browser comes back within {@code session.timeoutSeconds} — or
   * within {@code session.unconfirmedTimeoutSeconds} if it never acknowledged anything.
   */
  private void startExpiry() {
    long timeout = Math.max(1, session.settings.waitFor(confirmed).toMillis());
    expiryTimer = session.setTimer(timeout, id -> {
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
    SessionSignIn signIn = session.signInOrNull();
    Future<Auth> signingIn = signIn == null ? null : signIn.pending();
    if (signingIn == null) {
      session.end();
      return;
    }
    signingIn.onComplete(ar -> session.context().runOnContext(v -> {
      if (connection == null && !session.closing && expiryTimer < 0) {
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
    connectionWatch = session.nodes.watch(node, () -> session.context().runOnContext(v -> {
      SessionVerticle.LOG.log(System.Logger.Level.INFO, "session " + session.tag() + ": the instance "
          + "holding its socket is gone; waiting for the browser to come back through another");
      detach(watched, false);
    }));
  }
}
