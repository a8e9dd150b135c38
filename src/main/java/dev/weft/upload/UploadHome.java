package dev.weft.upload;

import dev.weft.secrets.LogTag;
import dev.weft.secrets.Secrets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where bodies streamed from other instances arrive: each Weft of a cluster has one, at
 * {@code weft.upload.<id>}, and the upload URLs of its sessions name it ({@code &h=<id>}). An
 * endpoint on another instance checks the URL, then streams the body here with an
 * {@link UploadRelay}: {@code open} (the grant), numbered {@code chunk}s (each acknowledged once
 * it is written to the temporary file, which is the back-pressure), {@code end} (answered with the
 * {@link UploadAnswer} the uploader gets) or {@code abort}. The body is kept exactly as the local
 * endpoint keeps one ({@link UploadKeeper}): its session hears of it on this instance.
 *
 * <p>An upload nobody writes to for {@link #IDLE} (its relay died, or its instance did) is
 * removed; so is one whose chunks arrive out of order or past its size. Handlers run on the
 * consumer's event loop, one message at a time.
 */
public final class UploadHome {

  /** Addresses of upload homes: {@code weft.upload.<id>}. */
  static final String ADDRESS = "weft.upload.";
  /** How long an upload may go without a message before it is given up. */
  static final Duration IDLE = Duration.ofSeconds(30);
  static final String OP = "op";
  static final String UPLOAD = "upload";
  static final String OFFSET = "offset";
  private static final System.Logger LOG = System.getLogger(UploadHome.class.getName());

  private final Vertx vertx;
  private final UploadKeeper keeper;
  private final String id;
  private final Duration idle;
  private final Map<String, Incoming> incoming = new ConcurrentHashMap<>();
  private MessageConsumer<Object> consumer;
  private Future<Void> started;

  private UploadHome(Vertx vertx, UploadKeeper keeper, String id, Duration idle) {
    this.vertx = vertx;
    this.keeper = keeper;
    this.id = id;
    this.idle = idle;
  }

  /** A home with a new random id that keeps bodies in {@code store} and tells {@code listener}. */
  public static UploadHome create(Vertx vertx, UploadStore store, UploadListener listener) {
    return create(vertx, store, listener, IDLE);
  }

  /** As {@link #create(Vertx, UploadStore, UploadListener)}, giving up quiet uploads after {@code idle}. */
  static UploadHome create(Vertx vertx, UploadStore store, UploadListener listener, Duration idle) {
    return new UploadHome(vertx, new UploadKeeper(store, listener), Secrets.base64url(16), idle);
  }

  /** Its id, named in the URLs its sessions issue. */
  public String id() {
    return id;
  }

  /** The address of the home called {@code id}. */
  static String address(String id) {
    return ADDRESS + id;
  }

  /**
   * Starts listening; completes once the consumer is registered in the cluster, so a relay on
   * another member finds it. Idempotent.
   */
  public synchronized Future<Void> start() {
    if (started == null) {
      consumer = vertx.eventBus().consumer(address(id), this::handle);
      started = consumer.completion();
    }
    return started;
  }

  /** Stops listening and removes every upload still arriving. */
  public synchronized Future<Void> close() {
    Future<Void> unregistered = consumer == null ? Future.succeededFuture() : consumer.unregister();
    incoming.values().forEach(Incoming::drop);
    return unregistered;
  }

  /** The event bus relays to other homes go over. */
  io.vertx.core.eventbus.EventBus eventBus() {
    return vertx.eventBus();
  }

  /** Uploads arriving from other instances now. */
  public int inProgress() {
    return incoming.size();
  }

  private void handle(Message<Object> message) {
    String op = message.headers().get(OP);
    if ("open".equals(op)) {
      open(message);
      return;
    }
    Incoming upload = incoming.get(String.valueOf(message.headers().get(UPLOAD)));
    if (upload == null) {
      if (!"abort".equals(op)) {
        message.reply(UploadAnswer.refused(502, "upload_relay_failed",
            "The upload was given up on the instance holding the session.").toJson());
      }
      return;
    }
    switch (String.valueOf(op)) {
      case "chunk" -> upload.chunk(message);
      case "end" -> upload.end(message);
      default -> upload.drop(); // abort
    }
  }

  private void open(Message<Object> message) {
    JsonObject g = (JsonObject) message.body();
    UploadGrant grant = new UploadGrant(g.getString("scope"), g.getString("session"),
        g.getString("file"), g.getLong("maxSize"), g.getLong("expiresAt"), id);
    keeper.store().openTemp().onComplete(ar -> {
      if (ar.failed()) {
        LOG.log(System.Logger.Level.ERROR, "cannot open a file for an upload", ar.cause());
        message.reply(UploadAnswer.failed(ar.cause()).toJson());
        return;
      }
      Incoming upload = new Incoming(Secrets.base64url(12), grant, ar.result());
      incoming.put(upload.key, upload);
      message.reply(new JsonObject().put(UPLOAD, upload.key));
    });
  }

  /** One body arriving. */
  private final class Incoming {

    final String key;
    final UploadGrant grant;
    final UploadStore.TempFile temp;
    long written;
    long timer;

    Incoming(String key, UploadGrant grant, UploadStore.TempFile temp) {
      this.key = key;
      this.grant = grant;
      this.temp = temp;
      this.timer = vertx.setTimer(idle.toMillis(), t -> idle());
    }

    void chunk(Message<Object> message) {
      touch();
      Buffer data = (Buffer) message.body();
      long offset = Long.parseLong(message.headers().get(OFFSET));
      if (offset != written) {
        refuse(message, UploadAnswer.refused(502, "upload_relay_failed",
            "The upload's chunks arrived out of order."));
        return;
      }
      written += data.length();
      if (written > grant.maxSize()) { // the relay counts too: a guard
        refuse(message, UploadAnswer.tooLarge(grant.maxSize()));
        return;
      }
      temp.file().write(data).onComplete(ar -> {
        if (ar.succeeded()) {
          message.reply(new JsonObject());
        } else {
          LOG.log(System.Logger.Level.ERROR, "cannot write an upload", ar.cause());
          refuse(message, UploadAnswer.failed(ar.cause()));
        }
      });
    }

    void end(Message<Object> message) {
      touch();
      long size = Long.parseLong(message.headers().get(OFFSET));
      if (size != written) {
        refuse(message, UploadAnswer.refused(502, "upload_relay_failed",
            "The upload arrived incomplete."));
        return;
      }
      finish();
      temp.file().close()
          .transform(ar -> ar.succeeded()
              ? keeper.keep(temp.path(), grant, written)
              : keeper.store().discard(temp.path())
                  .transform(x -> Future.succeededFuture(UploadAnswer.failed(ar.cause()))))
          .onComplete(ar -> message.reply(ar.result().toJson()));
    }

    /** Gives up: the file is closed and removed. */
    void drop() {
      if (finish()) {
        temp.file().close().eventually(() -> keeper.store().discard(temp.path()));
      }
    }

    private void refuse(Message<Object> message, UploadAnswer answer) {
      drop();
      message.reply(answer.toJson());
    }

    private void idle() {
      LOG.log(System.Logger.Level.DEBUG, "an upload for session " + LogTag.of(grant.session())
          + " went quiet for " + idle.toSeconds() + " s: removed");
      drop();
    }

    private void touch() {
      vertx.cancelTimer(timer);
      timer = vertx.setTimer(idle.toMillis(), t -> idle());
    }

    /**
     * Leaves the table; false when it had already. Atomic, since {@link #close()} may drop
     * uploads from another thread while a message for one is handled.
     */
    private boolean finish() {
      vertx.cancelTimer(timer);
      return incoming.remove(key, this);
    }
  }
}
