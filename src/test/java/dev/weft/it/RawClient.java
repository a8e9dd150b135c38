package dev.weft.it;

import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A deliberately dumb client for the protocol's edge cases: it speaks docs/protocol.md by hand,
 * acknowledges nothing and resends nothing unless the test says so, and can stop reading
 * altogether (it asks {@code java.net.http} for frames one at a time, so once it stops asking,
 * the server's bytes pile up in the kernel and then in the server). Every frame it reads lands in
 * a queue; the close code lands in {@link #closed}.
 */
final class RawClient implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final WebSocket socket;
  private final BlockingQueue<JsonObject> frames;
  final CompletableFuture<Integer> closed;
  private final Reading reading;

  /** Whether the client keeps asking for frames; how many pings it answered. */
  private static final class Reading {
    volatile boolean on = true;
    final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();
    volatile WebSocket socket;
  }

  private RawClient(WebSocket socket, BlockingQueue<JsonObject> frames,
                    CompletableFuture<Integer> closed, Reading reading) {
    this.socket = socket;
    this.frames = frames;
    this.closed = closed;
    this.reading = reading;
  }

  /** Connects to {@code ws://127.0.0.1:<port><mount>ws}. */
  static RawClient connect(int port, String mount) throws Exception {
    BlockingQueue<JsonObject> sink = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    Reading reading = new Reading();
    StringBuilder partial = new StringBuilder();
    WebSocket.Listener listener = new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          sink.add(new JsonObject(partial.toString()));
          partial.setLength(0);
        }
        if (reading.on) {
          ws.request(1);
        }
        return null;
      }

      @Override
      public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
        reading.pings.incrementAndGet();
        if (reading.on) {
          ws.request(1);
        }
        return null; // java.net.http answers the ping itself
      }

      @Override
      public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
      }

      @Override
      public void onError(WebSocket ws, Throwable error) {
        closed.complete(-1);
      }
    };
    WebSocket socket = HTTP.newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create("ws://127.0.0.1:" + port + mount + "ws"), listener)
        .get(10, TimeUnit.SECONDS);
    reading.socket = socket;
    return new RawClient(socket, sink, closed, reading);
  }

  /** Sends {@code register}. */
  void register(long seq, String session, long ack) {
    send(new JsonObject().put("type", "register").put("seq", seq).put("session", session)
        .put("ack", ack).put("route", "/").put("width", 1280).put("height", 800).put("dark", false));
  }

  /** Sends a click on control {@code target} with client seq {@code seq}. */
  void click(long seq, int target) {
    send(new JsonObject().put("type", "event").put("seq", seq).put("target", target)
        .put("name", "click").putNull("data"));
  }

  void send(JsonObject message) {
    socket.sendText(message.encode(), true).join();
  }

  /** Sends without waiting; the future completes when the frame was handed to the network. */
  CompletableFuture<WebSocket> sendAsync(JsonObject message) {
    return socket.sendText(message.encode(), true);
  }

  /** How many pings the server sent that this client received (and answered). */
  int pings() {
    return reading.pings.get();
  }

  /** Stops asking for frames: from now on the server's writes pile up. */
  void stopReading() {
    reading.on = false;
  }

  /** The next frame whose {@code type} is {@code type}, skipping others. */
  JsonObject await(String type, Duration timeout) throws InterruptedException {
    return await(f -> type.equals(f.getString("type")), timeout, "a " + type);
  }

  /** The next frame matching {@code wanted}, skipping others. */
  JsonObject await(Predicate<JsonObject> wanted, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonObject frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
      if (frame == null) {
        return fail("no " + what + " frame within " + timeout);
      }
      if (wanted.test(frame)) {
        return frame;
      }
    }
  }

  /** The next frame of any kind, or null when none arrives within {@code timeout}. */
  JsonObject next(Duration timeout) throws InterruptedException {
    return frames.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The close code the server sent (or -1 for a broken connection), waiting for it. */
  int awaitClose(Duration timeout) throws Exception {
    return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The id of the first control (depth first) whose {@code prop} equals {@code value}. */
  static Integer find(JsonObject control, String prop, String value) {
    JsonObject props = control.getJsonObject("props");
    if (props != null && value.equals(props.getValue(prop))) {
      return control.getInteger("id");
    }
    JsonArray children = control.getJsonArray("children");
    for (int i = 0; children != null && i < children.size(); i++) {
      Integer found = find(children.getJsonObject(i), prop, value);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Drops the TCP connection without a close handshake, like a network that went away. */
  @Override
  public void close() {
    socket.abort();
  }
}
