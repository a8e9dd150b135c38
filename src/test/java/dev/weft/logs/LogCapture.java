package dev.weft.logs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every log record of this JVM while open, formatted with its stack trace, for tests that prove
 * what is never logged (a secret, a token). Weft's {@code System.Logger} and Vert.x's logging both
 * end in JUL here (no SLF4J binding is on the class path), so a handler on the root logger sees
 * them all; the root is opened to every level meanwhile and put back on close.
 *
 * <p>Kept: Weft's records at every level, and libraries' from FINE (DEBUG) up. Left out: libraries'
 * TRACE, where Vert.x Web's router logs every request's URL (docs/hosting.md says to keep it off),
 * and the loggers the test names as not the server's (a stand-in provider, the test's HTTP client).
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final SimpleFormatter format = new SimpleFormatter();
  private final List<String> ignored;
  private final List<String> lines = new ArrayList<>();
  private final Logger root = Logger.getLogger("");
  private final Level before = root.getLevel();

  private LogCapture(List<String> ignored) {
    this.ignored = ignored;
  }

  /** Starts capturing, ignoring the loggers whose names start with one of {@code ignored}. */
  public static LogCapture start(String... ignored) {
    LogCapture capture = new LogCapture(List.of(ignored));
    capture.setLevel(Level.ALL);
    capture.root.addHandler(capture);
    capture.root.setLevel(Level.ALL);
    return capture;
  }

  /** What was logged so far, as {@code "<logger>: <message> <stack trace>"}. */
  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void publish(LogRecord record) {
    String from = String.valueOf(record.getLoggerName());
    if (ignored.stream().anyMatch(from::startsWith)) {
      return;
    }
    if (!from.startsWith("dev.weft") && record.getLevel().intValue() < Level.FINE.intValue()) {
      return;
    }
    StringBuilder text = new StringBuilder(format.formatMessage(record));
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      text.append(' ').append(trace);
    }
    synchronized (lines) {
      lines.add(from + ": " + text);
    }
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    root.removeHandler(this);
    root.setLevel(before);
  }
}
