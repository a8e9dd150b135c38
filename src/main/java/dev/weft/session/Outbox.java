package dev.weft.session;

import dev.weft.protocol.Ack;
import dev.weft.protocol.AppError;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Download;
import dev.weft.protocol.Storage;
import dev.weft.protocol.Navigate;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Pong;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Render;
import dev.weft.protocol.Resume;
import dev.weft.protocol.ServerMessage;
import dev.weft.ui.PageSink;
import io.vertx.core.Context;
import io.vertx.core.eventbus.EventBus;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A session's outgoing messages: numbers them, acknowledges the client's events on them, keeps
 * them for replay until the browser acknowledges them, and delivers them, in order, to the
 * connection's event-bus address — local-only when the connection lives on this node, so that a
 * clustered event bus does not ask the cluster where the address is on every frame (a lookup that
 * costs CPU on each click and stalls while Hazelcast moves partitions).
 *
 * <p>Messages come from any thread (a blocking handler on a virtual thread calls
 * {@code page.update()}), but are always sent from the session's event loop: a message is queued
 * under this outbox's monitor, with its sequence number, and the queue is drained on the session's
 * context, now when already there, else through {@link Context#runOnContext} — one queue, one
 * order. The monitor rather than a {@code ReentrantLock}, and one slot plus a deque made only when
 * messages pile up (from another thread, before the loop drains them), because an idle session
 * holds its outbox for as long as it lives and should not pay for a lock and a queue. While no
 * connection is attached, drained messages go only into the {@link ReplayBuffer}, so a browser
 * that comes back gets what it missed.
 *
 * <p>Every numbered message carries {@code ack}, the highest client seq accepted. An event whose
 * number no message carried by the end of the event-loop turn that accepted it gets a standalone
 * {@link Ack}: a click whose async handler changes something is acknowledged by its patch, one
 * whose blocking handler is still running by an {@code ack} at once.
 */
final class Outbox implements PageSink {

  private final Context context;
  private final EventBus eventBus;
  private final Codec codec;
  /** What the browser is told in {@code render} and {@code resume} to come back with. */
  private final SessionToken token;
  private final int heartbeat;
  /**
   * The session's event-loop thread. Event-bus handlers run on a duplicate of the session's
   * context, so comparing contexts would miss them; the thread is what ordering depends on.
   */
  private final Thread loop;
  /** The next message to send, or null; guarded by this. */
  private ServerMessage first;
  /** Messages queued behind {@link #first}; made when first needed (rarely); guarded by this. */
  private ArrayDeque<ServerMessage> more;
  private final ReplayBuffer replay;
  private long seq;
  private boolean drainScheduled;
  private String address; // the connection's address, or null while detached
  private boolean local; // whether the connection at address lives on this node
  /** The highest client seq the session accepted; written on the loop, read by any thread. */
  private volatile long accepted;
  /** The highest ack the attached connection has been sent; on the loop only. */
  private long ackSent;

  Outbox(Context context, Codec codec, SessionToken token, long replayBytes, int heartbeat) {
    this.context = context;
    this.eventBus = context.owner().eventBus();
    this.codec = codec;
    this.token = token;
    this.heartbeat = heartbeat;
    this.replay = new ReplayBuffer(replayBytes);
    this.loop = Thread.currentThread(); // created in the session verticle's start, on its loop
  }

  // ------------------------------------------------------------------ connections

  /**
   * The first connection, whose register opened the session (its seq is the first accepted);
   * {@code local} when it lives on this node (a new session's always does).
   */
  void open(String address, long registerSeq, boolean local) {
    synchronized (this) {
      this.address = address;
      this.local = local;
      this.accepted = registerSeq;
    }
  }

  /** The browser went away: from now on messages only go into the replay buffer. */
  void detach() {
    synchronized (this) {
      address = null;
    }
  }

  /**
   * A browser that applied everything up to {@code clientAck} re-attached. On the session's loop,
   * with the page locked (no update can slip in). When the replay buffer covers the gap, the new
   * connection gets {@code resume} and the missed messages, and this returns true; otherwise it
   * returns false and the caller sends a render. {@code local}: the connection lives on this node.
   */
  boolean attach(String address, long clientAck, boolean local) {
    drain(); // what is queued goes to the old connection (if any) and into the buffer
    synchronized (this) {
      this.address = address;
      this.local = local;
    }
    ackSent = accepted;
    if (!replay.covers(clientAck)) {
      return false;
    }
    send(address, local, codec.encode(new Resume(token.text(), accepted, heartbeat)));
    replay.replayAfter(clientAck, frame -> send(address, local, frame));
    return true;
  }

  // ------------------------------------------------------------------ acknowledgements

  /** The session accepted client event {@code clientSeq}; on the loop. */
  void accepted(long clientSeq) {
    accepted = clientSeq;
    boolean schedule;
    synchronized (this) {
      schedule = !drainScheduled;
      drainScheduled = true;
    }
    if (schedule) {
      context.runOnContext(v -> drain()); // after this turn: a patch made in it carries the ack
    }
  }

  /** The highest client seq accepted. */
  long accepted() {
    return accepted;
  }

  /**
   * The browser applied the server's messages up to {@code ack}; on the loop.
   *
   * @return false when {@code ack} is above any seq sent: the client is confused or lying
   */
  boolean acknowledged(long ack) {
    if (ack > replay.last()) {
      return false;
    }
    replay.acknowledge(ack);
    return true;
  }

  /** Answers a client's ping; on the loop. */
  void pong() {
    String to = address;
    if (to != null) {
      send(to, local, codec.encode(new Pong()));
    }
  }

  /** Bytes kept for replay (for tests and metrics). */
  long replayBytes() {
    return replay.bytes();
  }

  // ------------------------------------------------------------------ numbered messages

  @Override
  public void render(Node root) {
    offer(seq -> new Render(seq, token.text(), root, accepted, heartbeat));
  }

  @Override
  public void patch(List<Op> ops) {
    offer(seq -> new Patch(seq, ops, accepted));
  }

  void error(ProtocolException e) {
    offer(seq -> e.toError(seq, accepted));
  }

  void appError(String message, Long ref) {
    offer(seq -> new AppError(seq, message, ref, accepted));
  }

  /** Sends the browser to {@code url} (numbered, so a detached browser gets it on its return). */
  void navigate(String url, boolean newTab) {
    offer(seq -> new Navigate(seq, url, newTab, accepted));
  }

  /** Has the browser save what {@code url} serves as {@code name}, staying on the page. */
  void download(String url, String name) {
    offer(seq -> new Download(seq, url, name, accepted));
  }

  /** Asks the browser to read or write its local storage (numbered: replayed on re-attach). */
  void storage(long id, String op, String key, Object value) {
    offer(seq -> new Storage(seq, id, op, key, value, accepted));
  }

  private void offer(LongFunction<ServerMessage> message) {
    boolean drainNow;
    synchronized (this) {
      enqueue(message.apply(++seq));
      drainNow = Thread.currentThread() == loop;
      if (!drainNow) {
        if (drainScheduled) {
          return;
        }
        drainScheduled = true;
      }
    }
    if (drainNow) {
      drain();
    } else {
      context.runOnContext(v -> drain());
    }
  }

  /** Sends what is queued, keeps it for replay, then an ack if one is owed; on the loop only. */
  private void drain() {
    while (true) {
      ServerMessage next;
      String to;
      boolean toLocal;
      synchronized (this) {
        next = dequeue();
        to = address;
        toLocal = local;
        if (next == null) {
          drainScheduled = false;
          break;
        }
      }
      String frame = codec.encode(next);
      if (next instanceof Render) {
        replay.restart(next.seq());
      } else {
        replay.add(next.seq(), frame);
      }
      if (to != null) {
        send(to, toLocal, frame);
        ackSent = Math.max(ackSent, next.ack());
      }
    }
    String to = address;
    long owed = accepted;
    if (to != null && owed > ackSent) {
      ackSent = owed;
      send(to, local, codec.encode((ServerMessage) new Ack(owed)));
    }
  }

  /** Under this outbox's monitor. */
  private void enqueue(ServerMessage message) {
    if (first == null && (more == null || more.isEmpty())) {
      first = message;
      return;
    }
    if (more == null) {
      more = new ArrayDeque<>(4);
    }
    more.add(message);
  }

  /** The oldest queued message, or null; under this outbox's monitor. */
  private ServerMessage dequeue() {
    ServerMessage next = first;
    if (next != null) {
      first = null;
    } else if (more != null) {
      next = more.poll();
    }
    if (first == null && more != null && !more.isEmpty()) {
      first = more.poll(); // keep the order: the slot always holds the oldest
    }
    return next;
  }

  /** One frame to the connection; local-only when it lives on this node: see the class comment. */
  private void send(String to, boolean toLocal, String frame) {
    if (toLocal) {
      eventBus.send(to, frame, SessionLink.LOCAL_ONLY);
    } else {
      eventBus.send(to, frame);
    }
  }
}
