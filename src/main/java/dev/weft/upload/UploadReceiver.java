package dev.weft.upload;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Streams one request body into a file: chunk by chunk as it arrives, pausing the request while
 * the file's write queue is full (so a fast client cannot fill the heap), counting bytes and
 * stopping as soon as the body grows past the limit — a missing or false {@code Content-Length}
 * gains nothing.
 */
final class UploadReceiver {

  private final HttpServerRequest request;
  private final AsyncFile file;
  private final long maxSize;
  private final Promise<Long> done = Promise.promise();
  private long received;
  private boolean finished; // the body ended, or reading it stopped

  UploadReceiver(HttpServerRequest request, AsyncFile file, long maxSize) {
    this.request = request;
    this.file = file;
    this.maxSize = maxSize;
  }

  /**
   * Reads the body, which must be paused until now; completes with its size once the file is
   * flushed and closed, or fails ({@link UploadTooLarge}, a closed connection, a write error)
   * with the file closed.
   */
  Future<Long> receive() {
    request.exceptionHandler(this::fail);
    request.endHandler(v -> {
      if (!finished) {
        finished = true;
        file.close().onComplete(ar -> {
          if (ar.succeeded()) {
            done.tryComplete(received);
          } else {
            done.tryFail(ar.cause());
          }
        });
      }
    });
    request.handler(this::chunk);
    file.exceptionHandler(this::fail);
    if (request.isEnded()) {
      // an empty body can end before anyone listens
      finished = true;
      file.close().onComplete(ar -> done.tryComplete(0L));
    } else {
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
    if (received > maxSize) {
      fail(new UploadTooLarge(maxSize));
      return;
    }
    file.write(buffer).onFailure(this::fail);
    if (file.writeQueueFull()) {
      request.pause();
      file.drainHandler(v -> request.resume());
    }
  }

  /** Stops reading: what still arrives is dropped; fails once the file is closed. */
  private void fail(Throwable cause) {
    if (finished) {
      return; // the body is complete: what happens to the connection now is the endpoint's affair
    }
    finished = true;
    request.handler(null);
    request.resume(); // drain and drop the rest, rather than leave the connection stuck
    file.close().onComplete(ar -> done.tryFail(cause));
  }
}
