package dev.weft.testing;

import dev.weft.protocol.Ack;
import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ClientMessage;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Ping;
import dev.weft.protocol.Register;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The client's sending half of the reliable session (docs/protocol.md, "Sequence numbers,
 * acknowledgements, replay"): it numbers what the client sends, keeps every event until the
 * server acknowledges it, resends what is left after a re-attach, and acknowledges the server's
 * messages as the browser does.
 *
 * <p>The {@link Inbox} tells it what arrived (as its {@link Inbox.Listener}); it never reads the
 * socket itself. Acks go out only inside the client's calls: after {@value #ACK_EVERY} applied
 * messages, or when the test is in a call at least 250 ms after the oldest one it has not
 * acknowledged (a wait checks at least that often). A test that stops calling the client stops
 * acknowledging, like a frozen tab.
 *
 * <p>Used under the client's lock.
 */
final class Outbound implements Inbox.Listener {

  /** Acknowledge at the latest after this many applied messages (docs/protocol.md). */
  static final int ACK_EVERY = 32;
  /** … or this long after applying the oldest one not acknowledged. */
  static final long ACK_AFTER_NANOS = 250_000_000L;

  private final ClientSocket socket;
  private final Codec codec;
  private final boolean autoAck;
  private final boolean autoResend;

  private long seq;                  // the last client seq taken
  private final ArrayDeque<ClientEvent> kept = new ArrayDeque<>();
  private String session;            // the session the kept events belong to
  private long serverAck;            // the highest client seq the server acknowledged
  private long applied;              // the last server seq applied
  private long ackSent;              // the last server seq acknowledged to the server
  private long pendingSince;         // nanoTime when the oldest unacknowledged one was applied

  Outbound(ClientSocket socket, Codec codec, boolean autoAck, boolean autoResend) {
    this.socket = socket;
    this.codec = codec;
    this.autoAck = autoAck;
    this.autoResend = autoResend;
  }

  // ------------------------------------------------------------------ numbering

  /** Makes {@code firstSeq} the seq the next message takes. */
  void continueAt(long firstSeq) {
    seq = Math.max(seq, firstSeq - 1);
  }

  /** Takes the next seq, for a hand-made frame. */
  long takeSeq() {
    return ++seq;
  }

  /** The seq of the last message sent (or taken). */
  long lastSeq() {
    return seq;
  }

  // ------------------------------------------------------------------ sending

  /**
   * Sends {@code register}: for a re-attach, with the session's id and the last server seq
   * applied, so the server can replay what came after it.
   */
  void register(String sessionId, long lastApplied, ConnectOptions options) {
    applied = lastApplied;
    socket.send(codec.encode(new Register(takeSeq(), sessionId, options.route(), options.width(),
        options.height(), options.dark(), sessionId == null ? 0 : lastApplied)));
    ackSent = Math.max(ackSent, sessionId == null ? 0 : lastApplied);
  }

  /**
   * Numbers an event and keeps it until acknowledged; sends it now when the socket is open, else
   * after the next re-attach.
   *
   * @return its seq
   */
  long event(int target, String name, Object data) {
    ClientEvent event = new ClientEvent(takeSeq(), target, name, data);
    kept.add(event);
    if (socket.isOpen()) {
      write(event);
    }
    return event.seq();
  }

  /** Sends every event not yet acknowledged, in order, with its original seq. */
  int resend() {
    for (ClientEvent event : kept) {
      write(event);
    }
    return kept.size();
  }

  /** Sends an {@code ack} of the last server message applied, now. */
  void sendAck() {
    socket.send(codec.encode((ClientMessage) new Ack(applied)));
    acked(applied);
  }

  /** Sends {@code ping}; the server's {@code pong} shows among the control messages. */
  void sendPing() {
    socket.send(codec.encode(new Ping()));
  }

  /**
   * An event carries the client's ack too, unless the test acknowledges by hand. A socket that
   * the server closes while the event is being written leaves it kept, like a socket closed
   * before: it goes out after the next re-attach, and nothing is thrown, as in a browser. Thrown,
   * the failure told the test the click was never made, while the event was still kept and the
   * re-attach resent it, so the session counted one click more than the test did: after a
   * SIGTERM closed the socket under a click, InstanceLossIT saw 3 s "stalls" that were that
   * miscount (7 Dec 2026).
   */
  private void write(ClientEvent event) {
    long ack = autoAck ? applied : 0;
    if (socket.trySend(codec.encode(new ClientEvent(event.seq(), event.target(), event.name(),
        event.data(), ack)))) {
      acked(ack);
    }
  }

  private void acked(long ack) {
    ackSent = Math.max(ackSent, ack);
  }

  // ------------------------------------------------------------------ state

  /** The events sent (or waiting for the socket) that the server has not acknowledged. */
  List<ClientEvent> unacknowledged() {
    return List.copyOf(kept);
  }

  /** The highest client seq the server has acknowledged in this session. */
  long serverAck() {
    return serverAck;
  }

  /** The last server seq this client acknowledged (in an {@code ack}, event or register). */
  long ackSent() {
    return ackSent;
  }

  // ------------------------------------------------------------------ what arrived

  @Override
  public void acknowledged(long ack) {
    serverAck = Math.max(serverAck, ack);
    while (!kept.isEmpty() && kept.peekFirst().seq() <= ack) {
      kept.removeFirst();
    }
  }

  @Override
  public void attached(String sessionId, long ack, boolean resumed) {
    if (!java.util.Objects.equals(sessionId, session)) {
      // A new session: events kept from another one (or from before any) mean nothing to it.
      kept.clear();
      serverAck = 0;
      session = sessionId;
    }
    acknowledged(ack);
    if (!resumed) { // a render starts the count afresh (the inbox reported it applied already)
      ackSent = 0;
      pendingSince = System.nanoTime();
    }
    if (autoResend && socket.isOpen()) {
      resend();
    }
  }

  @Override
  public void applied(long serverSeq) {
    if (applied <= ackSent || serverSeq < applied) {
      pendingSince = System.nanoTime();
    }
    applied = serverSeq;
  }

  @Override
  public void settled() {
    if (!autoAck || applied <= ackSent || !socket.isOpen()) {
      return;
    }
    if ((applied - ackSent >= ACK_EVERY || System.nanoTime() - pendingSince >= ACK_AFTER_NANOS)
        && socket.trySend(codec.encode((ClientMessage) new Ack(applied)))) {
      acked(applied);
    }
  }
}
