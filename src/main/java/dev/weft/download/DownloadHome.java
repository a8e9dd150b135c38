package dev.weft.download;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where other instances of a cluster fetch this instance's downloads: each Weft of a cluster has
 * one, at {@code weft.download.<id>}, and the tokens its sessions issue name it
 * ({@code <id>.<secret>}). An endpoint on another instance asks here with a {@link DownloadRelay}:
 * {@code open} (the token, used up here as a local request would use it; or only looked at, for
 * {@code HEAD}) answered with the download's headers, then numbered {@code next}s, each answered
 * with one chunk read when asked for — the asking is the back-pressure — until one answered with
 * the {@code end} header; {@code close} releases it whenever the relay is done or gives up.
 *
 * <p>A download nobody asks for a chunk of for {@link #IDLE} (its relay died, or its instance
 * did) is closed. Handlers run on the consumer's event loop, one message at a time.
 */
public final class DownloadHome {

  /** Addresses of download homes: {@code weft.download.<id>}. */
  static final String ADDRESS = "weft.download.";
  /** How long a download may go without a {@code next} before it is given up. */
  static final Duration IDLE = Duration.ofSeconds(30);
  static final String OP = "op";
  static final String KEY = "key";
  static final String INDEX = "index";
  static final String END = "end";

  private final Vertx vertx;
  private final Downloads downloads;
  private final String id;
  private final Duration idle;
  private final Map<String, Outgoing> outgoing = new ConcurrentHashMap<>();
  private MessageConsumer<Object> consumer;
  private Future<Void> started;

  private DownloadHome(Vertx vertx, Downloads downloads, String id, Duration idle) {
    this.vertx = vertx;
    this.downloads = downloads;
    this.id = id;
    this.idle = idle;
  }

  /**
   * The home of {@code downloads}, with a new random id, which the tokens {@code downloads}
   * issues from now on name.
   */
  public static DownloadHome create(Vertx vertx, Downloads downloads) {
    return create(vertx, downloads, IDLE);
  }

  static DownloadHome create(Vertx vertx, Downloads downloads, Duration idle) {
    DownloadHome home = new DownloadHome(vertx, downloads, DownloadToken.randomId(16), idle);
    downloads.servedBy(home);
    return home;
  }

  /** Its id, named in the tokens of its sessions' downloads. */
  public String id() {
    return id;
  }

  static String address(String id) {
    return ADDRESS + id;
  }

  /** Starts listening; completes once other members can reach it. Idempotent. */
  public synchronized Future<Void> start() {
    if (started == null) {
      consumer = vertx.eventBus().consumer(address(id), this::handle);
      started = consumer.completion();
    }
    return started;
  }

  /** Stops listening and closes every download being relayed. */
  public synchronized Future<Void> close() {
    Future<Void> unregistered = consumer == null ? Future.succeededFuture() : consumer.unregister();
    outgoing.values().forEach(Outgoing::drop);
    return unregistered;
  }

  /** Downloads being relayed to other instances now. */
  public int inProgress() {
    return outgoing.size();
  }

  EventBus eventBus() {
    return vertx.eventBus();
  }

  private void handle(Message<Object> message) {
    String op = String.valueOf(message.headers().get(OP));
    if ("open".equals(op)) {
      open(message);
      return;
    }
    Outgoing download = outgoing.get(String.valueOf(message.headers().get(KEY)));
    if (download == null) {
      if ("next".equals(op)) {
        message.fail(404, "the download was given up on the instance holding it");
      }
      return;
    }
    if ("next".equals(op)) {
      download.next(message);
    } else {
      download.drop(); // close
    }
  }

  private void open(Message<Object> message) {
    JsonObject body = (JsonObject) message.body();
    boolean head = body.getBoolean("head", false);
    PendingDownload download;
    try {
      String scope = body.getString("scope");
      String token = body.getString("token");
      download = head ? downloads.peek(scope, token) : downloads.take(scope, token);
    } catch (DownloadRefusal refusal) {
      message.reply(refusal(refusal));
      return;
    }
    OpenedDownload.open(vertx, download, head).onComplete(ar -> {
      if (ar.failed()) {
        message.reply(refusal(ar.cause() instanceof DownloadRefusal r ? r : DownloadRefusal.unreadable()));
        return;
      }
      JsonObject answer = new JsonObject().put("status", 200).put("info", ar.result().info().toJson());
      if (!head) {
        Outgoing sending = new Outgoing(DownloadToken.randomId(12), ar.result().chunks(), download);
        outgoing.put(sending.key, sending);
        answer.put(KEY, sending.key);
      }
      message.reply(answer);
    });
  }

  private static JsonObject refusal(DownloadRefusal refusal) {
    return new JsonObject().put("status", refusal.status()).put("message", refusal.getMessage());
  }

  /** One download being pulled by another instance. */
  private final class Outgoing {

    final String key;
    final ChunkSource chunks;
    final PendingDownload download;
    final Queue<Message<Object>> asked = new ArrayDeque<>();
    long served; // the index of the next chunk
    boolean reading;
    boolean ended;
    long timer;

    Outgoing(String key, ChunkSource chunks, PendingDownload download) {
      this.key = key;
      this.chunks = chunks;
      this.download = download;
      this.timer = vertx.setTimer(idle.toMillis(), t -> drop());
    }

    void next(Message<Object> message) {
      vertx.cancelTimer(timer);
      timer = vertx.setTimer(idle.toMillis(), t -> drop());
      asked.add(message);
      serve();
    }

    /** Answers the {@code next}s in the order they came, one chunk read at a time. */
    private void serve() {
      while (!reading && !asked.isEmpty()) {
        Message<Object> message = asked.poll();
        long index = Long.parseLong(message.headers().get(INDEX));
        if (index != served) {
          message.fail(400, "chunk " + index + " asked for out of order (expected " + served + ")");
          drop();
          return;
        }
        served++;
        if (ended) {
          message.reply(Buffer.buffer(), new DeliveryOptions().addHeader(END, "true"));
          continue;
        }
        reading = true;
        chunks.next().onComplete(ar -> {
          reading = false;
          if (ar.failed()) {
            OpenedDownload.unreadable(download, ar.cause());
            message.fail(500, "the download's source failed");
            drop();
            return;
          }
          if (ar.result() == null) {
            ended = true;
            message.reply(Buffer.buffer(), new DeliveryOptions().addHeader(END, "true"));
          } else {
            message.reply(ar.result());
          }
          serve();
        });
      }
    }

    void drop() {
      vertx.cancelTimer(timer);
      chunks.close();
      outgoing.remove(key, this);
      Message<Object> m;
      while ((m = asked.poll()) != null) {
        m.fail(404, "the download was given up on the instance holding it");
      }
    }
  }
}
