package dev.weft.session;

import dev.weft.protocol.Ack;
import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ClientMessage;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Ping;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Register;
import dev.weft.ui.PageDriver;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

/**
 * What reaches a session at its {@link Addresses#session address}, taken in and answered. The bus
 * carries two kinds of bodies: a {@code String} is a frame from the browser; a {@link JsonObject}
 * is a notice from the socket side ({@link SessionNotice}, {@link UploadNotice}).
 *
 * <p>Each client event is applied once: only a seq above the last accepted one is taken, and the
 * {@link Outbox} acknowledges it, so the browser knows what it need not resend. Bad messages are
 * answered with a protocol error and cost the {@link ErrorBudget}; too many close the connection.
 * Floods are bounded: events per second ({@link EventBucket}), blocking handlers pending, and the
 * credits returned to the connection ({@link #frameDone()}).
 *
 * <p>It exists apart from {@link SessionVerticle} because it is the session's side of the
 * protocol: every rule about what a client may send, and what it gets back when it breaks one, is
 * here. On the session's context only.
 */
final class SessionInbox {

  /** Tells the connection about done frames in batches: one notice per this many frames. */
  private static final int DONE_BATCH = 16;

  private final SessionVerticle session;
  /** Made on the first protocol error: most sessions never make one. */
  private ErrorBudget errors;
  private final EventBucket events; // null: events per second not limited
  /** Frames of the attached connection this session is done with but has not told it of. */
  private int doneUntold;

  SessionInbox(SessionVerticle session) {
    this.session = session;
    this.events = session.settings.limits().newBucket();
  }

  /** The session's event-bus consumer. */
  void receive(Message<Object> message) {
    Object body = message.body();
    if (body instanceof String frame) {
      receiveFrame(frame);
    } else if (body instanceof JsonObject notice) {
      receiveNotice(notice, message);
    }
  }

  private ErrorBudget errors() {
    if (errors == null) {
      errors = new ErrorBudget(session.settings.maxErrors());
    }
    return errors;
  }

  /** A new connection is attached: it counts its frames afresh. */
  void newConnection() {
    doneUntold = 0;
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
  void frameDone() {
    if (++doneUntold >= DONE_BATCH && session.link.attached()) {
      session.link.send(SessionNotice.done(doneUntold));
      doneUntold = 0;
    }
  }

  /** Handles a frame; true when a handler now runs for it (and will call frameDone). */
  private boolean takeFrame(String frame) {
    if (session.closing || session.link.givenUp()) {
      return false;
    }
    ClientMessage message;
    try {
      message = session.codec.decodeClient(frame);
    } catch (ProtocolException e) {
      reject(e);
      return false;
    }
    if (message instanceof Ack ack) {
      acknowledged(ack.ack(), null);
      return false;
    }
    if (message instanceof Ping) {
      session.outbox.pong();
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
    if (session.handlers.draining()) {
      return false; // not acknowledged: the browser resends it to the server it reaches next
    }
    if (events != null && !events.take()) {
      rateLimited(event);
      return false;
    }
    Outbox outbox = session.outbox;
    long accepted = outbox.accepted();
    if (event.seq() <= accepted) {
      // A resend that crossed its acknowledgement: answered, but not held against the client.
      session.metrics.protocolError(ErrorCode.DUPLICATE_SEQ);
      outbox.error(new ProtocolException(ErrorCode.DUPLICATE_SEQ, "seq " + event.seq()
          + " is not above " + accepted + ": ignored as a resend", event.seq()));
      return false;
    }
    outbox.accepted(event.seq());
    PageDriver.Dispatch dispatch;
    try {
      dispatch = session.driver.dispatch(event);
    } catch (ProtocolException e) {
      reject(e);
      return false;
    }
    if (dispatch != null && !dispatch.isAsync() && session.handlers.tooManyPending()) {
      busy(event);
      return false;
    }
    session.metrics.eventHandled();
    if (dispatch == null) {
      return false;
    }
    session.handlers.run(dispatch, event.seq());
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
    if (event.seq() > session.outbox.accepted()) {
      session.outbox.accepted(event.seq());
    }
    refuse(new ProtocolException(ErrorCode.RATE_LIMITED, "more than "
        + session.settings.limits().eventsPerSecond() + " events a second (limits.eventsPerSecond): event "
        + event.seq() + " was not run", event.seq()), errors().spendOnOverflow());
  }

  /**
   * An event whose blocking handler would be one too many ({@code limits.pendingHandlers}): not
   * run, answered {@code busy}. What it carried (a field's new value) is kept, like any event's;
   * only its handler is skipped. Not counted against {@code ws.maxErrors}: a user clicking a slow
   * button again and again is impatient, not hostile, and the event rate limit already bounds what
   * a flood of them costs.
   */
  private void busy(ClientEvent event) {
    session.metrics.protocolError(ErrorCode.BUSY);
    session.outbox.error(new ProtocolException(ErrorCode.BUSY, session.handlers.pendingBlocking()
        + " blocking handlers of this session are running or waiting (limits.pendingHandlers): "
        + "the handler for event " + event.seq() + " was not run", event.seq()));
  }

  /** The browser applied the server's messages up to {@code ack}; false (and answered) if bogus. */
  private boolean acknowledged(long ack, Long ref) {
    if (session.outbox.acknowledged(ack)) {
      session.link.confirmed(ack > 0);
      return true;
    }
    reject(new ProtocolException(ErrorCode.BAD_MESSAGE, "ack " + ack
        + " is above the last seq the server sent", ref));
    return false;
  }

  /** Answers a bad client message; closes the socket when the client keeps sending them. */
  private void reject(ProtocolException e) {
    refuse(e, errors().spend());
  }

  /** Answers a refused client message; closes the socket when the error budget is spent. */
  private void refuse(ProtocolException e, boolean withinBudget) {
    if (withinBudget) {
      session.metrics.protocolError(e.code());
      session.outbox.error(e);
      return;
    }
    session.metrics.protocolError(ErrorCode.TOO_MANY_ERRORS);
    session.outbox.error(new ProtocolException(ErrorCode.TOO_MANY_ERRORS, "too many protocol errors "
        + "(last: " + e.getMessage() + "); closing the connection", e.ref()));
    session.link.giveUp();
  }

  // ------------------------------------------------------------------ notices from the socket side

  private void receiveNotice(JsonObject notice, Message<Object> message) {
    String from = notice.getString(SessionNotice.CONNECTION);
    switch (notice.getString(SessionNotice.KIND, "")) {
      case SessionNotice.ATTACH -> session.link.attach(notice, from, message);
      case SessionNotice.DETACH -> {
        session.link.detach(from, SessionNotice.abusive(notice));
        message.reply(null); // nothing more goes to `from`: it may unregister (see Connection)
      }
      case SessionNotice.REFUSED -> {
        if (session.link.isAttached(from) && !session.link.givenUp()) {
          reject(SessionNotice.refusal(notice));
        }
      }
      case UploadNotice.UPLOADED -> session.handlers.uploaded(UploadNotice.file(notice), message);
      default -> SessionVerticle.LOG.log(System.Logger.Level.WARNING, "session " + session.tag()
          + ": ignoring an unknown notice " + notice.getString(SessionNotice.KIND));
    }
  }
}
