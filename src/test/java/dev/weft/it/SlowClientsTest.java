package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Eventually;
import dev.weft.examples.Counter;
import dev.weft.server.ConfigException;
import dev.weft.server.WeftConfig;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Slow attacks over raw sockets against a real server with short timeouts: headers trickled (on a
 * new connection, on a kept-alive one, on a WebSocket upgrade), a connection that sends nothing,
 * an upload body trickled or stalled. Each is closed after roughly its timeout — never before it,
 * and within generous bounds after it, the machine being loaded — while a normal client is
 * served meanwhile; an established WebSocket outlives every one of those timeouts.
 */
@Tag("serial") // asserts on elapsed time: runs alone, not beside another fork
// Its tests spend their time waiting out 2 s deadlines over a few raw sockets: where JUnit's
// parallel execution is on (pom.xml's serial-test execution), they wait side by side, each with its
// own server, rather than one after another (27.7 s in a row). The one test that counts the
// deadline's log lines holds the log alone.
@Execution(ExecutionMode.CONCURRENT)
class SlowClientsTest {

  /** The headers deadline's logger: one test counts its lines, the others may add some. */
  private static final String HEADERS_LOG = "dev.weft.server.HeadersDeadline log";

  private static final int DEADLINE_SECONDS = 2;
  private static final Duration DEADLINE = Duration.ofSeconds(DEADLINE_SECONDS);
  /** Late is tolerated up to this much (a sweep tick, and a loaded machine). */
  private static final Duration SLACK = Duration.ofSeconds(6);
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private static ItServer server(Object... settings) {
    return ItServer.start(ItServer.config(settings), Map.of("/", new Counter()));
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ_WRITE)
  void headersTrickledAreCutAtTheDeadlineWhileOthersAreServed() throws Exception {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.weft.server.HeadersDeadline");
    java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        logged.add(record.getLevel() + " " + record.getMessage());
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    log.addHandler(capture);
    try (ItServer server = server("http.headersTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket slow = SlowSocket.open(server.port)) {
      slow.trickle("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", 'a', Duration.ofMillis(300));
      Thread.sleep(DEADLINE.toMillis() / 2);
      assertServed(server); // meanwhile

      String answer = slow.readUntilClosed(WAIT);

      assertClosedAroundDeadline(slow);
      assertThat(answer).as("closed without an answer").isEmpty();
      assertThat(server.verticle.headersDeadline().closedConnections()).isPositive();
      assertServed(server);
      Eventually.until("the close logged", WAIT, () -> logged.stream().anyMatch(l ->
          l.matches("INFO closed [0-9]+ connection\\(s\\) .*") && l.contains("http.headersTimeoutSeconds")));
      assertThat(logged).as("summed up, not one line per close").hasSize(1);
    } finally {
      log.removeHandler(capture);
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void aKeptAliveConnectionGetsAFreshDeadlineForEachRequest() throws Exception {
    try (ItServer server = server("http.headersTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket slow = SlowSocket.open(server.port)) {
      // five requests 0.8 s apart: 4 s in all, twice the deadline, each one well within its own
      for (int i = 0; i < 5; i++) {
        slow.send("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(slow.readResponse(WAIT)).startsWith("HTTP/1.1 200");
        Thread.sleep(800);
      }
      Duration lastAnswer = slow.age().minusMillis(800);
      slow.trickle("GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", 'a', Duration.ofMillis(300));

      slow.readUntilClosed(WAIT);

      Duration waited = slow.age().minus(lastAnswer);
      assertThat(waited).as("closed a deadline after the last answer")
          .isBetween(DEADLINE.minusMillis(300), DEADLINE.plus(SLACK));
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void aWebSocketUpgradeTrickledIsCutAlike() throws Exception {
    try (ItServer server = server("http.headersTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket slow = SlowSocket.open(server.port)) {
      slow.trickle("GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-Slow: ", 'a',
          Duration.ofMillis(100));
      Thread.sleep(DEADLINE.toMillis() / 2);
      assertServed(server);

      assertThat(slow.readUntilClosed(WAIT)).isEmpty();

      assertClosedAroundDeadline(slow);
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void aConnectionThatSendsNothingIsClosedAtTheHeadersDeadline() throws Exception {
    try (ItServer server = server("http.headersTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket silent = SlowSocket.open(server.port)) {
      assertServed(server);

      assertThat(silent.readUntilClosed(WAIT)).isEmpty();

      assertClosedAroundDeadline(silent);
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void withoutAHeadersDeadlineTheIdleTimeoutClosesASilentConnection() throws Exception {
    try (ItServer server = server("http.headersTimeoutSeconds", 0, "ws.pingIntervalSeconds", 1,
        "http.idleTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket silent = SlowSocket.open(server.port)) {
      assertThat(server.verticle.headersDeadline()).isNull();
      assertServed(server);

      silent.readUntilClosed(WAIT);

      assertClosedAroundDeadline(silent);
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void anEstablishedWebSocketOutlivesTheHeadersDeadlineAndTheIdleTimeout() throws Exception {
    // pings every second keep the socket busy; both HTTP timeouts are 2 s; the socket sits quiet
    // for three times that and must still be answered
    try (ItServer server = server("http.headersTimeoutSeconds", DEADLINE_SECONDS,
        "ws.pingIntervalSeconds", 1, "http.idleTimeoutSeconds", DEADLINE_SECONDS);
         RawClient client = RawClient.connect(server.port, "/")) {
      client.register(1, null, 0);
      int plus = RawClient.find(client.await("render", WAIT).getJsonObject("root"), "text", "+1");

      Thread.sleep(3 * DEADLINE.toMillis());

      assertThat(client.closed).as("the socket is still open").isNotDone();
      client.click(2, plus);
      assertThat(client.await("patch", WAIT)).isNotNull();
      assertThat(server.verticle.headersDeadline().watched()).as("no longer watched once upgraded")
          .isZero();
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void anUploadTrickledIsAnswered408AndItsPartialFileRemoved(@TempDir Path uploads) throws Exception {
    try (ItServer server = server("upload.dir", uploads.toString(),
        "upload.idleTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket slow = SlowSocket.open(server.port)) {
      String url = "/" + server.weft().uploadUrls().issue("/", "s1", "slow.bin", 100_000, Duration.ofMinutes(1));
      slow.send("PUT " + url + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n"
          + "x".repeat(500));
      slow.trickle("", 'y', Duration.ofMillis(200)); // 5 bytes a second: far below 1 KiB per window
      Eventually.until("a partial file", WAIT, () -> !files(uploads).isEmpty());
      assertServed(server);

      String answer = slow.readUntilClosed(WAIT);

      assertClosedAroundDeadline(slow);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("\"error\":\"upload_timeout\"");
      Eventually.until("the partial file removed", WAIT, () -> files(uploads).isEmpty());
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void anUploadThatStopsIsAnswered408AndItsPartialFileRemoved(@TempDir Path uploads) throws Exception {
    try (ItServer server = server("upload.dir", uploads.toString(),
        "upload.idleTimeoutSeconds", DEADLINE_SECONDS);
         SlowSocket stalled = SlowSocket.open(server.port)) {
      String url = "/" + server.weft().uploadUrls().issue("/", "s1", "stalled.bin", 100_000, Duration.ofMinutes(1));
      stalled.send("PUT " + url + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n"
          + "x".repeat(5_000));
      Eventually.until("a partial file", WAIT, () -> !files(uploads).isEmpty());

      String answer = stalled.readUntilClosed(WAIT);

      // the first window brought 5,000 bytes; the second brings none
      assertThat(stalled.age()).isBetween(DEADLINE.multipliedBy(2).minusMillis(300),
          DEADLINE.multipliedBy(2).plus(SLACK));
      assertThat(answer).startsWith("HTTP/1.1 408");
      JsonObject body = new JsonObject(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(body.getString("message")).contains("nothing was kept");
      Eventually.until("the partial file removed", WAIT, () -> files(uploads).isEmpty());
      assertServed(server);
    }
  }

  @Test
  @ResourceLock(value = HEADERS_LOG, mode = ResourceAccessMode.READ)
  void anIdleTimeoutShorterThanTwoPingsIsRefused() {
    assertThatThrownBy(() -> WeftConfig.defaults().with("http.idleTimeoutSeconds", 30))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.idleTimeoutSeconds (30) must be 0 or at least twice "
            + "ws.pingIntervalSeconds (20)");
  }

  /** A normal client meanwhile: a page load answered promptly. */
  private static void assertServed(ItServer server) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url()))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  private static void assertClosedAroundDeadline(SlowSocket socket) {
    assertThat(socket.age()).as("closed about %s after it opened", DEADLINE)
        .isBetween(DEADLINE.minusMillis(200), DEADLINE.plus(SLACK));
  }

  private static java.util.List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
