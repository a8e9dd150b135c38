package dev.weft.upload;

import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * Keeps an upload body moving ({@code upload.idleTimeoutSeconds}): each window of that length
 * must bring at least {@value #MIN_BYTES} bytes, or the upload is too slow. A body that stops
 * fails the first window; so does one trickled a byte every few seconds, which an idle timeout
 * alone would let hold its connection and temporary file for days. {@value #MIN_BYTES} bytes per
 * window (34 bytes a second at the default 30 s) is far below any real network's pace.
 *
 * <p>A window in which the server itself held the body back (its sink's queue was full, so the
 * request was paused) does not count against the client.
 */
final class UploadPace {

  static final int MIN_BYTES = 1024;

  private final Vertx vertx;
  private final Runnable tooSlow;
  private final long timer;
  private long inWindow;
  private boolean holding; // reading is paused by us now
  private boolean held;    // ...or was at some point of this window

  /** Starts the first window now; {@code tooSlow} runs (once) when a window falls short. */
  UploadPace(Vertx vertx, Duration window, Runnable tooSlow) {
    this.vertx = vertx;
    this.tooSlow = tooSlow;
    this.timer = vertx.setPeriodic(window.toMillis(), id -> endOfWindow());
  }

  void received(int bytes) {
    inWindow += bytes;
  }

  /** The server stopped reading (its sink is full): the client is not to blame meanwhile. */
  void hold() {
    holding = true;
    held = true;
  }

  void release() {
    holding = false;
  }

  void stop() {
    vertx.cancelTimer(timer);
  }

  private void endOfWindow() {
    boolean excused = held;
    long bytes = inWindow;
    held = holding;
    inWindow = 0;
    if (!excused && bytes < MIN_BYTES) {
      stop();
      tooSlow.run();
    }
  }
}
