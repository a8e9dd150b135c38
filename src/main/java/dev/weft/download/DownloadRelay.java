package dev.weft.download;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A download held by another instance of the cluster ({@link DownloadHome}), pulled from it
 * chunk by chunk as a {@link ChunkSource}: at most {@link #WINDOW} chunks are asked for ahead of
 * what the response has taken, so memory stays under {@code CHUNK × WINDOW} per download and a
 * slow browser slows the home's reading. Runs on the request's event loop.
 */
final class DownloadRelay implements ChunkSource {

  /** Chunks asked for and not yet sent on: 1 MiB, as the upload relay (measured there). */
  static final int WINDOW = 16;
  /** How long the opening or a chunk may wait for the home. */
  static final long TIMEOUT_MS = 30_000;

  private final EventBus bus;
  private final String address;
  private final String key;
  private final Map<Long, Buffer> arrived = new HashMap<>();
  private long requested; // the index of the next chunk to ask for
  private long taken; // the index of the next chunk to hand out
  private long endAt = Long.MAX_VALUE; // the index answered with the end
  private Promise<Buffer> waiting;
  private Throwable failure;
  private boolean closed;

  private DownloadRelay(EventBus bus, String address, String key) {
    this.bus = bus;
    this.address = address;
    this.key = key;
  }

  /**
   * Asks the token's home for the download: its headers and, unless {@code head}, a relay of its
   * bytes. Fails with the {@link DownloadRefusal} the browser gets.
   */
  static Future<OpenedDownload> open(EventBus bus, DownloadToken token, String scope, boolean head) {
    String address = DownloadHome.address(token.home());
    JsonObject body = new JsonObject().put("token", token.value()).put("scope", scope).put("head", head);
    return bus.<JsonObject>request(address, body, options("open").setSendTimeout(TIMEOUT_MS))
        .transform(ar -> {
          if (ar.failed()) {
            return Future.failedFuture(unreachable(ar.cause()));
          }
          JsonObject answer = ar.result().body();
          int status = answer.getInteger("status", 502);
          if (status != 200) {
            return Future.failedFuture(new DownloadRefusal(status, answer.getString("message",
                "The server instance holding this download refused it.")));
          }
          DownloadInfo info = DownloadInfo.fromJson(answer.getJsonObject("info"));
          return Future.succeededFuture(new OpenedDownload(info,
              head ? null : new DownloadRelay(bus, address, answer.getString(DownloadHome.KEY))));
        });
  }

  @Override
  public Future<Buffer> next() {
    if (failure != null) {
      return Future.failedFuture(failure);
    }
    if (closed) {
      return Future.failedFuture(new IOException("the relay is closed"));
    }
    if (waiting != null) {
      return Future.failedFuture(new IllegalStateException("one next() at a time"));
    }
    fill();
    waiting = Promise.promise();
    Future<Buffer> next = waiting.future();
    deliver();
    return next;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      arrived.clear();
      bus.send(address, null, options("close").addHeader(DownloadHome.KEY, key));
    }
  }

  /** Asks for chunks until {@link #WINDOW} are on their way or waiting. */
  private void fill() {
    while (!closed && failure == null && requested < endAt && requested - taken < WINDOW) {
      long index = requested++;
      DeliveryOptions options = options("next").setSendTimeout(TIMEOUT_MS)
          .addHeader(DownloadHome.KEY, key).addHeader(DownloadHome.INDEX, Long.toString(index));
      bus.<Buffer>request(address, null, options).onComplete(ar -> {
        if (closed) {
          return;
        }
        if (ar.failed()) {
          failure = ar.cause() instanceof ReplyException e && e.failureType() == ReplyFailure.RECIPIENT_FAILURE
              ? new IOException("the instance holding the download failed: " + e.getMessage())
              : unreachable(ar.cause());
        } else {
          received(index, ar.result());
        }
        deliver();
      });
    }
  }

  private void received(long index, Message<Buffer> reply) {
    if ("true".equals(reply.headers().get(DownloadHome.END))) {
      endAt = Math.min(endAt, index);
    } else if (index < endAt) {
      arrived.put(index, reply.body());
    }
  }

  /** Completes the waiting {@link #next()} when its chunk (or the end, or a failure) is here. */
  private void deliver() {
    Promise<Buffer> w = waiting;
    if (w == null) {
      return;
    }
    if (failure != null) {
      waiting = null;
      w.fail(failure);
    } else if (taken >= endAt) {
      waiting = null;
      w.complete(null);
    } else {
      Buffer chunk = arrived.remove(taken);
      if (chunk != null) {
        waiting = null;
        taken++;
        fill();
        w.complete(chunk);
      }
    }
  }

  private static DownloadRefusal unreachable(Throwable t) {
    return t instanceof ReplyException e && e.failureType() == ReplyFailure.NO_HANDLERS
        ? DownloadRefusal.homeGone() : DownloadRefusal.relayFailed();
  }

  private static DeliveryOptions options(String op) {
    return new DeliveryOptions().addHeader(DownloadHome.OP, op);
  }
}
