package dev.weft.hardening;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the log records of this JVM that match, through a JUL handler on the root logger (Weft's
 * {@code System.Logger} and Vert.x's logging both end in JUL here: no SLF4J binding is on the
 * class path), and keeps the first one for the failure message. Close it to take it off.
 */
final class LogCount extends Handler implements AutoCloseable {

  private final Predicate<LogRecord> matches;
  private final AtomicInteger count = new AtomicInteger();
  private volatile String first;

  private LogCount(Predicate<LogRecord> matches) {
    this.matches = matches;
  }

  static LogCount of(Predicate<LogRecord> matches) {
    LogCount c = new LogCount(matches);
    c.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(c);
    return c;
  }

  /** Records whose raw message contains {@code text}. */
  static LogCount containing(String text) {
    return of(r -> r.getMessage() != null && r.getMessage().contains(text));
  }

  /** Records at SEVERE (System.Logger's ERROR): what a crash in a handler or the server logs. */
  static LogCount severe() {
    return of(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
  }

  int count() {
    return count.get();
  }

  /** The first matching record's message (and its thrown exception), or null. */
  String first() {
    return first;
  }

  @Override
  public void publish(LogRecord r) {
    if (matches.test(r) && count.incrementAndGet() == 1) {
      first = r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown());
    }
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
