package dev.weft.session;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the operator that the instance is full ({@code limits.sessions}) without letting the log
 * become the next problem: a crowd refused with 1013 writes one line a minute at most, with the
 * number refused since the last line, never one line per socket.
 */
final class BusyLog {

  private static final System.Logger LOG = System.getLogger(Sessions.class.getName());
  private static final long EVERY_NANOS = 60_000_000_000L;

  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong lastLine = new AtomicLong(System.nanoTime() - EVERY_NANOS);

  /** A new session was refused because {@code limit} sessions live here. */
  void refused(int limit) {
    refused.incrementAndGet();
    long now = System.nanoTime();
    long last = lastLine.get();
    if (now - last >= EVERY_NANOS && lastLine.compareAndSet(last, now)) {
      long count = refused.getAndSet(0);
      LOG.log(System.Logger.Level.WARNING, "this instance holds limits.sessions (" + limit
          + ") sessions: " + count + " new " + (count == 1 ? "session" : "sessions")
          + " refused with 1013 \"server busy\" since the last such line; /health/ready answers 503"
          + " until one ends");
    }
  }
}
