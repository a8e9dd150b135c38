package dev.weft.testing;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The test client's WebSocket: it opens connections (each new one replacing the last), sends
 * frames, and hands what arrives (frames, failures, the close) to the test thread in order.
 *
 * <p>Vert.x delivers on an event loop; the test reads on its own thread, and only inside calls to
 * the client, so arrivals wait in a queue until {@link #poll} takes them. Each connection has a
 * generation: what is still queued from a connection the client has replaced is dropped, as a
 * browser forgets a socket it abandoned. The close status is known once the close has been taken
 * from the queue, so it never runs ahead of the frames that came before it.
 *
 * <p>Used by one thread at a time (the client's lock); only the queue is shared with Vert.x.
 */
final class ClientSocket {

  /** What a connection delivers, in order. */
  sealed interface Arrival permits Text, Binary, Closed, Failed {
  }

  /** A text frame: a protocol message, or so it should be. */
  record Text(String text) implements Arrival {
  }

  /** A binary frame, which the protocol does not use. */
  record Binary() implements Arrival {
  }

  /** The end of the connection: the server's close code and reason. */
  record Closed(CloseStatus status) implements Arrival {
  }

  /** An error on the connection (it usually closes next). */
  record Failed(Throwable cause) implements Arrival {
  }

  private record Tagged(int generation, Arrival arrival) {
  }

  /** Frames the client accepts: far above what a page should ever need. */
  private static final int MAX_FRAME = 16 * 1024 * 1024;
  private static final int MAX_MESSAGE = 64 * 1024 * 1024;

  private final ConnectOptions options;
  private ConnectOptions target; // whose URL and origin the next open uses
  private final Vertx vertx;
  private final boolean ownsVertx;
  private final WebSocketClient webSockets;
  private final BlockingQueue<Tagged> queue = new LinkedBlockingQueue<>();
  private volatile int generation; // read by the event loop to tag what it queues
  private WebSocket socket;
  private CloseStatus closeStatus;
  private boolean released;

  ClientSocket(ConnectOptions options) {
    this.options = options;
    this.target = options;
    this.ownsVertx = options.vertx() == null;
    this.vertx = ownsVertx ? Vertx.vertx() : options.vertx();
    this.webSockets = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxFrameSize(MAX_FRAME)
        .setMaxMessageSize(MAX_MESSAGE)
        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis())));
  }

  /**
   * Opens a new connection, replacing the current one (whose arrivals not yet taken are dropped
   * from now on). Returns once the WebSocket is open.
   *
   * @throws ConnectFailedException when it cannot be opened
   */
  void open() {
    requireNotReleased();
    int gen = ++generation;
    socket = null;
    closeStatus = null;
    String origin = target.originHeader();
    WebSocketConnectOptions connect = new WebSocketConnectOptions()
        .setAbsoluteURI(target.webSocketUrl())
        // false strips every Origin header, ours included; true keeps ours (Netty adds one only
        // when none is set)
        .setAllowOriginHeader(origin != null)
        .setConnectTimeout(options.timeout().toMillis());
    if (origin != null) {
      connect.putHeader("Origin", origin);
    }
    options.headers().forEach((name, values) -> values.forEach(v -> connect.addHeader(name, v)));
    ClientWebSocket ws = webSockets.webSocket();
    ws.textMessageHandler(text -> queue.add(new Tagged(gen, new Text(text))));
    ws.binaryMessageHandler(buffer -> queue.add(new Tagged(gen, new Binary())));
    ws.exceptionHandler(t -> queue.add(new Tagged(gen, new Failed(t))));
    ws.closeHandler(v -> queue.add(new Tagged(gen, new Closed(new CloseStatus(
        ws.closeStatusCode() == null ? CloseStatus.ABNORMAL : ws.closeStatusCode(), ws.closeReason())))));
    try {
      socket = awaitOrThrow(ws.connect(connect), options.timeout());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      int status = cause instanceof UpgradeRejectedException r ? r.getStatus() : -1;
      throw new ConnectFailedException("cannot open " + target.webSocketUrl()
          + (status > 0 ? ": the server answered " + status : ": " + cause), status, cause);
    } catch (TimeoutException e) {
      ws.close();
      throw new ConnectFailedException("cannot open " + target.webSocketUrl() + " within "
          + options.timeout(), -1, e);
    }
  }

  /**
   * Opens later connections at {@code other}'s URL (another instance of the same app), with the
   * origin a browser would send there; everything else stays as the client's options say.
   */
  void retarget(ConnectOptions other) {
    target = options.movedTo(other);
  }

  /** The next arrival of the current connection, or null when none has come yet. */
  Arrival poll() {
    Tagged next;
    while ((next = queue.poll()) != null) {
      Arrival current = taken(next);
      if (current != null) {
        return current;
      }
    }
    return null;
  }

  /** The next arrival of the current connection, waiting until {@code deadline} (nanoTime). */
  Arrival poll(long deadline) {
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Tagged next;
      try {
        next = queue.poll(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
      if (next == null) {
        return null;
      }
      Arrival current = taken(next);
      if (current != null) {
        return current;
      }
    }
  }

  private Arrival taken(Tagged tagged) {
    if (tagged.generation() != generation) {
      return null; // from a connection already replaced
    }
    if (tagged.arrival() instanceof Closed c) {
      closeStatus = c.status();
    }
    return tagged.arrival();
  }

  /** Sends a text frame, waiting until it is written. */
  void send(String frame) {
    requireOpen();
    await(socket.writeTextMessage(frame), "sending a frame");
  }

  /**
   * Sends a frame the client keeps or makes on its own (an event, kept until acknowledged; an
   * automatic ack), waiting until it is written; false, and nothing thrown, when the server has
   * closed the socket meanwhile — the close is what the test then sees, as a browser would.
   */
  boolean trySend(String frame) {
    if (socket == null || socket.isClosed()) {
      return false;
    }
    try {
      awaitOrThrow(socket.writeTextMessage(frame), options.timeout());
      return true;
    } catch (ExecutionException e) {
      if (socket.isClosed()) {
        return false;
      }
      throw new IllegalStateException("sending a frame failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("sending a frame took longer than " + options.timeout());
    }
  }

  /** Sends a binary frame (which the protocol does not use). */
  void sendBinary(byte[] bytes) {
    requireOpen();
    await(socket.writeBinaryMessage(Buffer.buffer(bytes)), "sending a binary frame");
  }

  /** Whether a connection was opened and its close has not been taken from the queue. */
  boolean isOpen() {
    return socket != null && closeStatus == null;
  }

  /** How the current connection closed, or null while it is open (or none was opened). */
  CloseStatus closeStatus() {
    return closeStatus;
  }

  /** Starts closing the current connection with a close frame, waiting until it is sent. */
  void close(short code, String reason) {
    if (socket != null && closeStatus == null && !socket.isClosed()) {
      await(socket.close(code, reason), "closing the WebSocket");
    }
  }

  /**
   * Drops the current connection as a network cut would: what has arrived and not been taken is
   * lost, and nothing more is taken from it. The server still gets a close frame (the test client
   * cannot reset the TCP connection), so it learns of the cut at once rather than after a ping
   * timeout.
   */
  void cut() {
    if (socket == null || closeStatus != null) {
      return;
    }
    generation++;
    closeStatus = new CloseStatus(CloseStatus.ABNORMAL, "cut by the test");
    if (!socket.isClosed()) {
      socket.close(); // not awaited: a cut does not wait for the server
    }
  }

  /** Closes the WebSocket client, and Vert.x when this socket created it. Idempotent. */
  void release() {
    if (released) {
      return;
    }
    released = true;
    try {
      awaitOrThrow(webSockets.close(), options.timeout());
    } catch (ExecutionException | TimeoutException | RuntimeException ignored) {
      // closing anyway
    } finally {
      if (ownsVertx) {
        try {
          awaitOrThrow(vertx.close(), options.timeout());
        } catch (ExecutionException | TimeoutException ignored) {
          // nothing more to do
        }
      }
    }
  }

  boolean isReleased() {
    return released;
  }

  private void requireOpen() {
    requireNotReleased();
    if (socket == null || closeStatus != null) {
      throw new IllegalStateException("the WebSocket is closed"
          + (closeStatus == null ? "" : " (" + closeStatus + ")"));
    }
  }

  private void requireNotReleased() {
    if (released) {
      throw new IllegalStateException("this test client is closed");
    }
  }

  private void await(Future<?> future, String what) {
    try {
      awaitOrThrow(future, options.timeout());
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError(what + " took longer than " + options.timeout());
    }
  }

  private static <T> T awaitOrThrow(Future<T> future, Duration timeout)
      throws ExecutionException, TimeoutException {
    notOnEventLoop();
    try {
      return future.toCompletionStage().toCompletableFuture()
          .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Blocking here would stall the very server under test. */
  static void notOnEventLoop() {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("WeftTestClient blocks: call it from a test thread, "
          + "not from a Vert.x event loop");
    }
  }
}
