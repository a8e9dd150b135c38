package dev.weft.server;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The slowloris guard ({@code http.headersTimeoutSeconds}): a connection must complete a
 * request's headers within the deadline — counted from when it opens, and again from the end of
 * each exchange on a kept-alive connection — or it is closed, without an answer. A client that
 * trickles its headers a byte every few seconds never trips an idle timeout; this catches it, as
 * well as a connection that sends nothing at all, and one kept alive but never used again.
 *
 * <p>Vert.x has no such deadline, and no per-byte hook in its public API, so this watches what the
 * API does show: a connection opening ({@link HttpServer#connectionHandler}), a request whose
 * headers are complete ({@link HttpServer#requestHandler}), and whether that request's exchange is
 * over ({@link HttpServerRequest#isEnded()}, {@link HttpServerResponse#ended()}). A sweep every
 * {@link #tick()} closes each connection that has waited too long, so one closes between the
 * deadline and a tick after it. (Polling, rather than an end-of-response handler: Vert.x keeps one
 * end handler per response, which the router's own would replace.) A connection upgraded to a
 * WebSocket (status 101) is let go: its pings ({@code ws.pingIntervalSeconds}) watch it from then.
 *
 * <p>The server must speak plain HTTP/1.x ({@link dev.weft.Weft#serverOptions()} turns h2c off):
 * with h2c, Vert.x shows a connection only once its first bytes have told HTTP/1 from HTTP/2.
 * It is Weft's own server that installs it ({@link WeftVerticle}); an application serving Weft
 * from its own server may install it too ({@link #install}).
 */
public final class HeadersDeadline {

  private static final System.Logger LOG = System.getLogger(HeadersDeadline.class.getName());
  /** Closes are summed up in the log at most this often: an attack must not flood the log. */
  private static final long REPORT_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final Vertx vertx;
  private final long timeoutNanos;
  private final long tickMillis;
  private final Map<HttpConnection, Watch> waiting = new ConcurrentHashMap<>();
  private final AtomicLong closed = new AtomicLong();
  private final long sweep;
  private long reportedAt = System.nanoTime() - REPORT_NANOS; // the first close is told at once
  private long reportedClosed;


  /** One connection: its last request whose headers arrived, and since when it waits for more. */
  private static final class Watch {
    volatile HttpServerRequest current;
    volatile long waitingSince; // System.nanoTime(); -1 while an exchange runs

    Watch(long since) {
      this.waitingSince = since;
    }
  }

  private HeadersDeadline(Vertx vertx, Duration timeout) {
    this.vertx = vertx;
    this.timeoutNanos = timeout.toNanos();
    this.tickMillis = Math.max(100, Math.min(1_000, timeout.toMillis() / 4));
    this.sweep = vertx.setPeriodic(tickMillis, id -> sweep());
  }

  /**
   * Sets {@code server}'s connection handler and its request handler, which passes every request
   * on to {@code requests}; call it before {@code listen}, on the context that creates the server
   * (a verticle's {@code start}). {@link #close()} stops the sweep.
   */
  public static HeadersDeadline install(Vertx vertx, HttpServer server, Duration timeout,
                                        Handler<HttpServerRequest> requests) {
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("a headers deadline must be positive, not " + timeout);
    }
    HeadersDeadline deadline = new HeadersDeadline(vertx, timeout);
    server.connectionHandler(deadline::opened).requestHandler(request -> {
      deadline.arrived(request);
      requests.handle(request);
    });
    return deadline;
  }

  /** How often waiting connections are checked: a quarter of the deadline, 100 ms to 1 s. */
  public Duration tick() {
    return Duration.ofMillis(tickMillis);
  }

  /**
   * Connections closed so far for not completing a request's headers in time (summed up in the log
   * at INFO at most once a minute; each one at DEBUG).
   */
  public long closedConnections() {
    return closed.get();
  }

  /** Connections watched now (open, not upgraded to WebSockets). */
  public int watched() {
    return waiting.size();
  }

  /** Stops the sweep; connections are no longer closed for being slow. */
  public void close() {
    vertx.cancelTimer(sweep);
    waiting.clear();
  }

  private void opened(HttpConnection connection) {
    waiting.put(connection, new Watch(System.nanoTime()));
    connection.closeHandler(v -> waiting.remove(connection));
  }

  private void arrived(HttpServerRequest request) {
    Watch watch = waiting.get(request.connection());
    if (watch != null) {
      watch.current = request;
      watch.waitingSince = -1;
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Iterator<Map.Entry<HttpConnection, Watch>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<HttpConnection, Watch> entry = it.next();
      Watch watch = entry.getValue();
      HttpServerRequest request = watch.current;
      if (request != null) {
        HttpServerResponse response = request.response();
        if (response.closed() || response.ended() && response.getStatusCode() == 101) {
          it.remove(); // gone (a connection close handler set after ours hides it), or a WebSocket
          continue;
        }
        if (!response.ended() || !request.isEnded()) {
          watch.waitingSince = -1; // an exchange runs: http.idleTimeoutSeconds watches it
          continue;
        }
        if (watch.waitingSince < 0) {
          watch.waitingSince = now; // its exchange is over: the next request's headers are due
        }
      }
      if (now - watch.waitingSince >= timeoutNanos) {
        it.remove();
        closed.incrementAndGet();
        LOG.log(System.Logger.Level.DEBUG, () -> "closing a connection from "
            + entry.getKey().remoteAddress() + ": no complete request headers within "
            + Duration.ofNanos(timeoutNanos).toSeconds() + " s (http.headersTimeoutSeconds)");
        entry.getKey().close();
      }
    }
    report(now);
  }

  private void report(long now) {
    long total = closed.get();
    if (total > reportedClosed && now - reportedAt >= REPORT_NANOS) {
      LOG.log(System.Logger.Level.INFO, "closed " + (total - reportedClosed) + " connection(s) that "
          + "did not complete a request's headers within " + Duration.ofNanos(timeoutNanos).toSeconds()
          + " s (http.headersTimeoutSeconds): slow or idle clients, or a slowloris attack; "
          + "such closes are summed up here at most once a minute");
      reportedClosed = total;
      reportedAt = now;
    }
  }
}
