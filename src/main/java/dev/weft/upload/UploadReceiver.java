package dev.weft.upload;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.WriteStream;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Streams one request body into a sink — a file here, or the session's home instance
 * ({@link UploadRelay}): chunk by chunk as it arrives, pausing the request while the sink's write
 * queue is full (so a fast client cannot fill the heap), counting bytes and stopping as soon as
 * the body grows past the limit — a missing or false {@code Content-Length} gains nothing — or
 * as soon as it comes too slowly ({@link UploadPace}).
 */
final class UploadReceiver {

  private final HttpServerRequest request;
  private final WriteStream<Buffer> sink;
  private final Supplier<Future<Void>> stop;
  private final long maxSize;
  private final Vertx vertx;
  private final Duration idleTimeout;
  private UploadPace pace;
  private final Promise<Long> done = Promise.promise();
  private long received;
  private boolean finished; // the body ended, or reading it stopped

  /**
   * @param sink where the body goes; {@code end()} once it is complete
   * @param stop what stops the sink when the body will not be complete (closes a file, abandons
   *     a relay)
   * @param idleTimeout the window in which the body must bring {@value UploadPace#MIN_BYTES} bytes
   */
  UploadReceiver(HttpServerRequest request, WriteStream<Buffer> sink, Supplier<Future<Void>> stop,
                 long maxSize, Vertx vertx, Duration idleTimeout) {
    this.request = request;
    this.sink = sink;
    this.stop = stop;
    this.maxSize = maxSize;
    this.vertx = vertx;
    this.idleTimeout = idleTimeout;
  }

  /**
   * Reads the body, which must be paused until now; completes with its size once the sink has
   * ended (a file flushed and closed), or fails ({@link UploadTooLarge}, {@link UploadTimeout}, a
   * closed connection, a write error) with the sink stopped.
   */
  Future<Long> receive() {
    request.exceptionHandler(this::fail);
    request.endHandler(v -> {
      if (!finished) {
        finished = true;
        stopPace();
        sink.end().onComplete(ar -> {
          if (ar.succeeded()) {
            done.tryComplete(received);
          } else {
            done.tryFail(ar.cause());
          }
        });
      }
    });
    request.handler(this::chunk);
    sink.exceptionHandler(this::fail);
    if (request.isEnded()) {
      // an empty body can end before anyone listens
      finished = true;
      sink.end().onComplete(ar -> {
        if (ar.succeeded()) {
          done.tryComplete(0L);
        } else {
          done.tryFail(ar.cause());
        }
      });
    } else {
      pace = new UploadPace(vertx, idleTimeout, () -> fail(new UploadTimeout(idleTimeout)));
      request.resume();
    }
    return done.future();
  }

  /** The connection went away mid-body (the endpoint also learns it from the response). */
  void connectionClosed() {
    fail(new HttpClosedException("the connection closed before the upload was complete"));
  }

  private void chunk(Buffer buffer) {
    if (finished) {
      return;
    }
    received += buffer.length();
    pace.received(buffer.length());
    if (received > maxSize) {
      fail(new UploadTooLarge(maxSize));
      return;
    }
    sink.write(buffer).onFailure(this::fail);
    if (sink.writeQueueFull()) {
      request.pause();
      pace.hold();
      sink.drainHandler(v -> {
        pace.release();
        request.resume();
      });
    }
  }

  /** Stops reading: what still arrives is dropped; fails once the sink is stopped. */
  private void fail(Throwable cause) {
    if (finished) {
      return; // the body is complete: what happens to the connection now is the endpoint's affair
    }
    finished = true;
    stopPace();
    request.handler(null);
    request.resume(); // drain and drop the rest, rather than leave the connection stuck
    stop.get().onComplete(ar -> done.tryFail(cause));
  }

  private void stopPace() {
    if (pace != null) {
      pace.stop();
    }
  }
}
