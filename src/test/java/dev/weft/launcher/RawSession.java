package dev.weft.launcher;

import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Weft session over a plain {@code java.net.http} WebSocket, speaking docs/protocol.md by
 * hand: {@code register}, then {@code event}s; every server frame lands in a queue, and the
 * server's close frame, when it comes, in {@link #awaitClose}.
 */
final class RawSession implements AutoCloseable {

  private final WebSocket socket;
  private final BlockingQueue<String> frames;
  private final CompletableFuture<Closed> closed;
  private int seq;
  private JsonObject render;

  private RawSession(WebSocket socket, BlockingQueue<String> frames, CompletableFuture<Closed> closed) {
    this.socket = socket;
    this.frames = frames;
    this.closed = closed;
  }

  /** The server's close frame: its code and reason. */
  record Closed(int code, String reason) {
  }

  /** Connects to {@code ws://127.0.0.1:<port><mount>ws}. */
  static RawSession connect(int port, String mount) throws Exception {
    BlockingQueue<String> sink = new LinkedBlockingQueue<>();
    CompletableFuture<Closed> closed = new CompletableFuture<>();
    StringBuilder partial = new StringBuilder();
    WebSocket.Listener listener = new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          sink.add(partial.toString());
          partial.setLength(0);
        }
        webSocket.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
      }

      @Override
      public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
      }
    };
    WebSocket socket = JarProcess.HTTP.newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create("ws://127.0.0.1:" + port + mount + "ws"), listener)
        .get(10, TimeUnit.SECONDS);
    return new RawSession(socket, sink, closed);
  }

  /** Sends {@code register} for a new session at {@code route} and waits for the render. */
  JsonObject register(String route) throws Exception {
    sendRegister(route);
    String frame = awaitFrame("\"render\"", Duration.ofSeconds(15));
    render = new JsonObject(frame);
    return render;
  }

  /** Sends {@code register} for a new session at {@code route} without waiting for an answer. */
  void sendRegister(String route) {
    send(new JsonObject().put("type", "register").put("seq", ++seq).putNull("session")
        .put("route", route).put("width", 1280).put("height", 800).put("dark", false));
  }

  /** Waits for the server to close the socket; fails after {@code timeout}. */
  Closed awaitClose(Duration timeout) throws Exception {
    try {
      return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      fail("the server did not close the socket within " + timeout);
      return null;
    }
  }

  /** Sends a click on the control whose {@code text} is {@code label}. */
  void click(String label) {
    Integer id = findId(render.getJsonObject("root"), label);
    if (id == null) {
      fail("no control with text \"" + label + "\" in " + render.encode());
    }
    send(new JsonObject().put("type", "event").put("seq", ++seq).put("target", id)
        .put("name", "click").putNull("data"));
  }

  private void send(JsonObject message) {
    socket.sendText(message.encode(), true).join();
  }

  /** The next frame containing {@code text}, skipping others; fails after {@code timeout}. */
  String awaitFrame(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
      if (frame == null) {
        fail("no frame containing " + text + " within " + timeout);
      }
      if (frame.contains(text)) {
        return frame;
      }
    }
  }

  /**
   * Reads frames until every one of {@code texts} has appeared in some frame (two texts may come
   * in one patch); fails after {@code timeout}.
   */
  void awaitTexts(Duration timeout, String... texts) throws InterruptedException {
    java.util.Set<String> missing = new java.util.LinkedHashSet<>(java.util.List.of(texts));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!missing.isEmpty()) {
      long left = deadline - System.nanoTime();
      String frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
      if (frame == null) {
        fail("no frame containing " + missing + " within " + timeout);
      }
      missing.removeIf(frame::contains);
    }
  }

  static Integer findId(JsonObject control, String text) {
    JsonObject props = control.getJsonObject("props");
    if (props != null && text.equals(props.getValue("text"))) {
      return control.getInteger("id");
    }
    JsonArray children = control.getJsonArray("children");
    if (children != null) {
      for (int i = 0; i < children.size(); i++) {
        Integer found = findId(children.getJsonObject(i), text);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    socket.abort();
  }
}
