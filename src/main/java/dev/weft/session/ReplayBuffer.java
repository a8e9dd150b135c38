package dev.weft.session;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * The numbered messages a session has sent that its browser has not acknowledged, kept so that a
 * reconnect costs only what was missed. Bounded in bytes: when a message would overflow it the
 * oldest go first, and a re-attach behind them gets a full render instead of a replay.
 *
 * <p>{@link #floor()} is the highest seq that can no longer be replayed: the last render (which
 * replaces everything before it), the last message evicted, or the last one acknowledged. A client
 * that has applied up to {@code ack} can be resumed when {@code floor <= ack <= last}. Not
 * thread-safe: the session's outbox owns it, on the session's event loop.
 */
final class ReplayBuffer {

  private record Entry(long seq, String frame) {
  }

  private final long maxBytes;
  private ArrayDeque<Entry> entries; // made on first use: most idle sessions hold nothing
  private long bytes;
  private long floor;
  private long last;

  ReplayBuffer(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A render was sent as {@code seq}: nothing before it can be replayed any more. */
  void restart(long seq) {
    clear();
    floor = seq;
    last = seq;
  }

  /** A numbered message was sent (or would have been, had a browser been attached). */
  void add(long seq, String frame) {
    last = seq;
    long size = frame.length();
    if (size > maxBytes) { // could never fit: whoever misses it needs a render
      clear();
      floor = seq;
      return;
    }
    if (entries == null) {
      entries = new ArrayDeque<>(4);
    }
    entries.add(new Entry(seq, frame));
    bytes += size;
    while (bytes > maxBytes) {
      Entry oldest = entries.poll();
      bytes -= oldest.frame().length();
      floor = oldest.seq();
    }
  }

  /** The browser applied everything up to {@code ack}: those messages are no longer needed. */
  void acknowledge(long ack) {
    while (entries != null && !entries.isEmpty() && entries.peek().seq() <= ack) {
      bytes -= entries.poll().frame().length();
    }
    if (entries != null && entries.isEmpty()) {
      entries = null; // give the memory back while the session idles
    }
    floor = Math.max(floor, Math.min(ack, last));
  }

  /** Whether a browser that applied everything up to {@code ack} can be brought up to date. */
  boolean covers(long ack) {
    return ack >= floor && ack <= last && ack > 0;
  }

  /** Hands over, in order, the messages after {@code ack} (which {@link #covers} must allow). */
  void replayAfter(long ack, Consumer<String> send) {
    if (entries != null) {
      for (Entry entry : entries) {
        if (entry.seq() > ack) {
          send.accept(entry.frame());
        }
      }
    }
  }

  long floor() {
    return floor;
  }

  long last() {
    return last;
  }

  /** Bytes held: the length of the frames kept. */
  long bytes() {
    return bytes;
  }

  private void clear() {
    entries = null;
    bytes = 0;
  }
}
