package dev.weft.session;

import dev.weft.protocol.AppError;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.ui.PageSink;
import io.vertx.core.Context;
import io.vertx.core.eventbus.EventBus;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * A session's outgoing messages: numbers them and delivers them, in order, to the connection's
 * event-bus address.
 *
 * <p>Messages come from any thread (a blocking handler on a virtual thread calls
 * {@code page.update()}), but are always sent from the session's event loop: a message is queued
 * under a lock, with its sequence number, and the queue is drained on the session's context, now
 * when already there, else through {@link Context#runOnContext} — one queue, one order. While no
 * connection is attached messages are dropped: a re-attaching client gets a full render.
 */
final class Outbox implements PageSink {

  private final Context context;
  private final EventBus eventBus;
  private final Codec codec;
  private final String sessionId;
  /**
   * The session's event-loop thread. Event-bus handlers run on a duplicate of the session's
   * context, so comparing contexts would miss them; the thread is what ordering depends on.
   */
  private final Thread loop;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<ServerMessage> queue = new ArrayDeque<>(2); // rarely more than one
  private long seq;
  private boolean drainScheduled;
  private String address; // the connection's address, or null while detached

  Outbox(Context context, Codec codec, String sessionId) {
    this.context = context;
    this.eventBus = context.owner().eventBus();
    this.codec = codec;
    this.sessionId = sessionId;
    this.loop = Thread.currentThread(); // created in the session verticle's start, on its loop
  }

  /** Sends to this connection from now on; null while no browser is attached. */
  void connect(String address) {
    lock.lock();
    try {
      this.address = address;
      queue.clear(); // meant for the previous connection: the next render replaces it
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void render(Node root) {
    offer(seq -> new Render(seq, sessionId, root));
  }

  @Override
  public void patch(List<Op> ops) {
    offer(seq -> new Patch(seq, ops));
  }

  void error(ProtocolException e) {
    offer(e::toError);
  }

  void appError(String message, Long ref) {
    offer(seq -> new AppError(seq, message, ref));
  }

  private void offer(LongFunction<ServerMessage> message) {
    boolean drainNow;
    lock.lock();
    try {
      queue.add(message.apply(++seq));
      drainNow = Thread.currentThread() == loop;
      if (!drainNow) {
        if (drainScheduled) {
          return;
        }
        drainScheduled = true;
      }
    } finally {
      lock.unlock();
    }
    if (drainNow) {
      drain();
    } else {
      context.runOnContext(v -> drain());
    }
  }

  /** Sends what is queued; on the session's context only. */
  private void drain() {
    while (true) {
      ServerMessage next;
      String to;
      lock.lock();
      try {
        next = queue.poll();
        to = address;
        if (next == null) {
          drainScheduled = false;
          return;
        }
      } finally {
        lock.unlock();
      }
      if (to != null) {
        eventBus.send(to, codec.encode(next));
      }
    }
  }
}
