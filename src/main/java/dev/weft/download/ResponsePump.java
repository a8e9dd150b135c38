package dev.weft.download;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes a {@link ChunkSource} to a response whose headers are set, with back-pressure: the next
 * chunk is asked for only once the response's write queue has room, so a slow browser slows the
 * reading, and memory holds the queue and a chunk. The source is closed however it ends — sent,
 * failed, or the browser gone midway. Runs on the response's event loop.
 */
final class ResponsePump {

  private final ChunkSource source;
  private final HttpServerResponse response;
  private final Promise<Void> done = Promise.promise();

  private ResponsePump(ChunkSource source, HttpServerResponse response) {
    this.source = source;
    this.response = response;
  }

  /**
   * Sends all of {@code source}; completes when the response has ended, fails when the source
   * failed or the connection closed first (the caller resets what was started).
   */
  static Future<Void> pump(ChunkSource source, HttpServerResponse response) {
    ResponsePump pump = new ResponsePump(source, response);
    response.closeHandler(v -> pump.finish(new HttpClosedException("the browser went away")));
    response.exceptionHandler(pump::finish);
    pump.step();
    return pump.done.future();
  }

  private void step() {
    while (!done.future().isComplete()) {
      if (response.closed()) {
        finish(new HttpClosedException("the browser went away"));
        return;
      }
      if (response.writeQueueFull()) {
        response.drainHandler(v -> step());
        return;
      }
      Future<Buffer> next = source.next();
      if (!next.isComplete()) {
        next.onComplete(ar -> {
          if (write(ar.succeeded() ? ar.result() : null, ar.cause())) {
            step();
          }
        });
        return;
      }
      if (!write(next.result(), next.cause())) {
        return;
      }
    }
  }

  /** Writes a chunk (or ends); true to go on. */
  private boolean write(Buffer chunk, Throwable failure) {
    if (done.future().isComplete()) {
      return false;
    }
    if (failure != null) {
      finish(failure);
      return false;
    }
    if (chunk == null) {
      response.end().onComplete(ar -> finish(ar.cause()));
      return false;
    }
    if (response.closed()) {
      finish(new HttpClosedException("the browser went away"));
      return false;
    }
    response.write(chunk);
    return true;
  }

  private void finish(Throwable failure) {
    source.close();
    if (failure == null) {
      done.tryComplete();
    } else {
      done.tryFail(failure);
    }
  }
}
