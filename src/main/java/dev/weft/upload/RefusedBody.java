package dev.weft.upload;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

/**
 * What is left of a refused upload's body: read and dropped, then the connection closes.
 *
 * <p>A browser sends its whole body before it reads the answer. Answered early (a 413 for a
 * {@code Content-Length} over the limit) and then neither read nor closed, its upload waits for
 * ever once the body no longer fits the socket buffers; closed at once with body still unread,
 * the connection is reset and the browser may never see the answer. So the rest is read and
 * dropped — bounded, since nobody should be able to make the server read a refused body for
 * ever: after {@value #MAX_DROPPED_BYTES} bytes or {@value #MAX_DROPPING_MS} ms the connection is
 * closed regardless (the browser may then report a network error instead of the answer).
 *
 * <p>The close waits for the answer to be written too: Vert.x holds writes made while it reads
 * until the read is done, and a close before that flush would lose the answer's body (the client
 * saw a 403's headers and an empty body).
 */
final class RefusedBody {

  static final long MAX_DROPPED_BYTES = 64L * 1024 * 1024;
  static final long MAX_DROPPING_MS = 30_000;

  private RefusedBody() {
  }

  /**
   * Drops what is left of {@code request}'s body, then closes once the refusal is {@code written}.
   */
  static void drop(Vertx vertx, HttpServerRequest request, Future<Void> written) {
    HttpConnection connection = request.connection();
    if (request.isEnded() || connection == null) {
      return;
    }
    long[] dropped = {0};
    long timer = vertx.setTimer(MAX_DROPPING_MS, id -> connection.close());
    request.handler(chunk -> {
      dropped[0] += chunk.length();
      if (dropped[0] > MAX_DROPPED_BYTES) {
        vertx.cancelTimer(timer);
        connection.close();
      }
    });
    request.endHandler(end -> {
      vertx.cancelTimer(timer);
      // the answer said Connection: close; nothing is left unread now
      written.onComplete(done -> connection.close());
    });
    request.exceptionHandler(failure -> vertx.cancelTimer(timer));
    connection.closeHandler(closed -> vertx.cancelTimer(timer));
    request.resume();
  }
}
