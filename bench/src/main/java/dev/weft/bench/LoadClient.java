package dev.weft.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens sessions against one server. Connections rotate over several loopback source addresses
 * (127.0.0.1, 127.0.0.2, …), one WebSocket client each, so thousands of opened and closed
 * connections never run one address out of ephemeral ports.
 */
final class LoadClient implements AutoCloseable {

  static final int SOURCE_ADDRESSES = 8;

  private final List<WebSocketClient> clients = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private final int port;
  private final String uri;
  private final boolean weft;

  /**
   * @param uri the app's WebSocket path, e.g. {@code /counter/ws} (ignored by the echo server)
   */
  LoadClient(Vertx vertx, int port, String uri, boolean weft) {
    this.port = port;
    this.uri = uri;
    this.weft = weft;
    for (int i = 1; i <= SOURCE_ADDRESSES; i++) {
      clients.add(vertx.createWebSocketClient(new WebSocketClientOptions()
          .setLocalAddress("127.0.0." + i)
          .setMaxConnections(100_000)
          .setConnectTimeout(30_000)
          .setMaxFrameSize(64 * 1024 * 1024)
          .setMaxMessageSize(64 * 1024 * 1024)
          .setTcpNoDelay(true)));
    }
  }

  boolean weft() {
    return weft;
  }

  /** Connects, upgrades and registers; completes when the render carrying the button arrived. */
  Future<Session> open() {
    return open(false);
  }

  /** {@link #open()}, keeping the render's tree in {@link Session#renderRoot} if asked. */
  Future<Session> open(boolean keepRender) {
    Session session = new Session(weft);
    session.keepRender = keepRender;
    session.connectStart = System.nanoTime();
    WebSocketClient client = clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
    client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri)
            .setTimeout(30_000))
        .onSuccess(session::attach)
        .onFailure(t -> session.rendered.tryFail(t));
    return session.rendered.future();
  }

  /**
   * Re-attaches {@code session} (opened elsewhere, its old socket closed) through a new connection
   * to this client's server; completes when the server answered the re-attaching register.
   */
  Future<Session> reattach(Session session) {
    Promise<Session> done = Promise.promise();
    WebSocketClient client = clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
    client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri)
            .setTimeout(30_000))
        .onSuccess(ws -> session.reattach(ws).future().onComplete(done))
        .onFailure(done::tryFail);
    return done.future();
  }

  /**
   * Opens {@code n} sessions, at most {@code concurrency} at a time, each worker starting the next
   * as soon as its previous one rendered. Completes with them in completion order, or fails with
   * the first failure.
   */
  Future<List<Session>> openMany(int n, int concurrency) {
    Promise<List<Session>> done = Promise.promise();
    List<Session> opened = java.util.Collections.synchronizedList(new ArrayList<>(n));
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    Runnable[] worker = new Runnable[1];
    worker[0] = () -> {
      if (done.future().isComplete() || started.getAndIncrement() >= n) {
        return;
      }
      open().onComplete(ar -> {
        if (ar.failed()) {
          done.tryFail(ar.cause());
          return;
        }
        opened.add(ar.result());
        if (finished.incrementAndGet() == n) {
          done.tryComplete(new ArrayList<>(opened));
        } else {
          worker[0].run();
        }
      });
    };
    for (int i = 0; i < Math.min(n, concurrency); i++) {
      worker[0].run();
    }
    if (n == 0) {
      done.complete(List.of());
    }
    return done.future();
  }

  @Override
  public void close() {
    clients.forEach(WebSocketClient::close);
  }
}
