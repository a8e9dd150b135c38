package dev.weft.upload;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.WriteStream;

/**
 * A body streamed to the session's home instance ({@link UploadHome}) over the clustered event
 * bus, as a {@link WriteStream} the {@link UploadReceiver} writes to as it would to a file. The
 * bytes go in chunks of {@link #CHUNK} bytes; at most {@link #WINDOW} chunks are unacknowledged at
 * a time, and the queue is full meanwhile, so the receiver pauses the request: memory stays under
 * {@code CHUNK × (WINDOW + 1)} per upload whatever the file's size.
 *
 * <p>{@link #end()} completes once the home stored the file and its session took it, with the
 * home's answer in {@link #answer()}; a refusal from the home (410, 413, 500), a home that is gone
 * (503 {@code upload_home_unavailable}) or one that does not answer in time (502
 * {@code upload_relay_failed}) fails the stream with a {@link Refused} holding the answer for the
 * uploader. Runs on the request's event loop.
 */
final class UploadRelay implements WriteStream<Buffer> {

  /** Bytes per event-bus message. */
  static final int CHUNK = 64 * 1024;
  /**
   * Chunks sent and not yet written by the home: 1 MiB in flight. Measured on a loopback cluster
   * (BENCHMARKS.md): 8 chunks of 64 KiB or 4 of 256 KiB were slower, 16 of 64 KiB the fastest.
   */
  static final int WINDOW = 16;
  /** How long a chunk or the opening may wait for the home. */
  static final long CHUNK_TIMEOUT_MS = 30_000;
  /** How long the end may wait: the home also waits for the session's acknowledgement. */
  static final long END_TIMEOUT_MS = 30_000;

  private final EventBus bus;
  private final String address;
  private final String upload;
  private Buffer pending = Buffer.buffer();
  private long sent;
  private int inFlight;
  private Refused failure;
  private boolean stopped; // ended with the home's answer, or aborted: nothing more to send
  private Handler<Void> drain;
  private Handler<Throwable> exceptions;
  private Promise<Void> allAcknowledged;
  private UploadAnswer answer;

  private UploadRelay(EventBus bus, String address, String upload) {
    this.bus = bus;
    this.address = address;
    this.upload = upload;
  }

  /** Opens an upload at the grant's home; fails with {@link Refused} when it cannot. */
  static Future<UploadRelay> open(EventBus bus, UploadGrant grant) {
    String address = UploadHome.address(grant.home());
    JsonObject body = new JsonObject().put("scope", grant.scope()).put("session", grant.session())
        .put("file", grant.fileName()).put("maxSize", grant.maxSize()).put("expiresAt", grant.expiresAt());
    return bus.<JsonObject>request(address, body, base("open", null, CHUNK_TIMEOUT_MS))
        .transform(ar -> {
          UploadAnswer refusal = ar.succeeded() ? UploadAnswer.fromJson(ar.result().body()) : unreachable(ar.cause());
          return refusal != null ? Future.failedFuture(new Refused(refusal))
              : Future.succeededFuture(new UploadRelay(bus, address, ar.result().body().getString(UploadHome.UPLOAD)));
        });
  }

  /** The home's answer, once {@link #end()} has completed. */
  UploadAnswer answer() {
    return answer;
  }

  @Override
  public Future<Void> write(Buffer data) {
    if (failure != null || stopped) {
      return Future.failedFuture(failure != null ? failure : new IllegalStateException("stopped"));
    }
    pending.appendBuffer(data);
    Future<Void> last = Future.succeededFuture();
    while (pending.length() >= CHUNK) {
      last = send(pending.getBuffer(0, CHUNK));
      pending = pending.getBuffer(CHUNK, pending.length());
    }
    return last;
  }

  @Override
  public Future<Void> end() {
    if (failure != null || stopped) {
      return Future.failedFuture(failure != null ? failure : new IllegalStateException("stopped"));
    }
    if (pending.length() > 0) {
      send(pending);
      pending = Buffer.buffer();
    }
    allAcknowledged = Promise.promise();
    if (inFlight == 0) {
      allAcknowledged.tryComplete();
    }
    return allAcknowledged.future()
        .compose(v -> bus.<JsonObject>request(address, new JsonObject(), options("end", sent, END_TIMEOUT_MS)))
        .transform(ar -> {
          UploadAnswer got = ar.succeeded() ? UploadAnswer.fromJson(ar.result().body())
              : ar.cause() instanceof Refused r ? r.answer() : unreachable(ar.cause());
          if (got == null) {
            got = UploadAnswer.refused(502, "upload_relay_failed", "The instance holding the session answered nothing useful.");
          }
          answer = got;
          stopped = ar.succeeded(); // the home answered the end: done with it; else it may hold it
          return got.ok() ? Future.succeededFuture() : Future.failedFuture(new Refused(got));
        });
  }

  /**
   * Gives up: the home removes what it has — also after a failed chunk, since a home that timed
   * out may still hold the upload. Fire and forget; the home's idle timer backs it up.
   */
  Future<Void> abort() {
    if (!stopped) {
      stopped = true;
      bus.send(address, new JsonObject(), options("abort", null, CHUNK_TIMEOUT_MS));
    }
    return Future.succeededFuture();
  }

  private Future<Void> send(Buffer chunk) {
    long offset = sent;
    sent += chunk.length();
    inFlight++;
    return bus.<JsonObject>request(address, chunk, options("chunk", offset, CHUNK_TIMEOUT_MS))
        .transform(ar -> {
          inFlight--;
          UploadAnswer refusal = ar.succeeded() ? UploadAnswer.fromJson(ar.result().body()) : unreachable(ar.cause());
          if (refusal != null) {
            fail(new Refused(refusal));
            return Future.failedFuture(failure);
          }
          if (inFlight < WINDOW && drain != null) {
            Handler<Void> h = drain;
            drain = null;
            h.handle(null);
          }
          if (inFlight == 0 && allAcknowledged != null) {
            allAcknowledged.tryComplete();
          }
          return Future.succeededFuture();
        });
  }

  private void fail(Refused cause) {
    if (failure == null) {
      failure = cause;
      if (allAcknowledged != null) {
        allAcknowledged.tryFail(cause);
      }
      if (exceptions != null) {
        exceptions.handle(cause);
      }
    }
  }

  /** The answer for a home that did not reply. */
  private static UploadAnswer unreachable(Throwable t) {
    if (t instanceof ReplyException e && e.failureType() == ReplyFailure.NO_HANDLERS) {
      return UploadAnswer.refused(503, "upload_home_unavailable",
          "The instance holding this upload's session is gone. Reload the page and try again.");
    }
    return UploadAnswer.refused(502, "upload_relay_failed",
        "The instance holding this upload's session did not answer in time.");
  }

  /** Options for a message about this upload. */
  private DeliveryOptions options(String op, Long offset, long timeout) {
    return base(op, offset, timeout).addHeader(UploadHome.UPLOAD, upload);
  }

  private static DeliveryOptions base(String op, Long offset, long timeout) {
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(timeout).addHeader(UploadHome.OP, op);
    if (offset != null) {
      options.addHeader(UploadHome.OFFSET, Long.toString(offset));
    }
    return options;
  }

  @Override
  public UploadRelay exceptionHandler(Handler<Throwable> handler) {
    this.exceptions = handler;
    return this;
  }

  @Override
  public UploadRelay setWriteQueueMaxSize(int maxSize) {
    return this; // the window is fixed
  }

  @Override
  public boolean writeQueueFull() {
    return inFlight >= WINDOW;
  }

  @Override
  public UploadRelay drainHandler(Handler<Void> handler) {
    this.drain = handler;
    return this;
  }

  /** The home refused or could not be reached: the answer the uploader gets. */
  static final class Refused extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient UploadAnswer answer;

    Refused(UploadAnswer answer) {
      super(answer.body().getString("error"), null, false, false);
      this.answer = answer;
    }

    UploadAnswer answer() {
      return answer;
    }
  }
}
