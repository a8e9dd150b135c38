package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.protocol.AppError;
import dev.weft.testing.CloseStatus;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Text;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instance's limits over real sockets: {@code limits.sessions} = 2 and
 * {@code limits.controlsPerPage} = 10. A third new session is closed with 1013 and a reason, while
 * a re-attach of one of the two is still taken; {@code /health/ready} answers 503 with the reason
 * while the instance is full and 200 once a session ends, and then a new session gets in. A
 * handler adding past the page's limit gets the handler-error banner and changes nothing.
 */
class CapacityTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ItServer server;

  @BeforeEach
  void start() {
    App app = page -> {
      Column list = new Column();
      page.add(new Text("Hello"), list,
          new Button("Leave", e -> page.close()),
          new Button("Add one", e -> list.controls().add(new Text("item " + list.controls().size()))),
          new Button("Add five", e -> {
            page.title("before the add"); // a change made before the failing add is still sent
            for (int i = 0; i < 5; i++) {
              list.controls().add(new Text("never"));
            }
          }),
          new Button("Add five at once", e -> page.add(new Text("a"), new Text("b"), new Text("c"),
              new Text("d"), new Text("e"))));
      // 6 controls: the text, the column, four buttons
    };
    server = ItServer.start(ItServer.config("limits.sessions", 2, "limits.controlsPerPage", 10,
        "session.timeoutSeconds", 60), Map.of("/", app));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pastTheLimitANewSessionIsClosedWith1013AndAReasonAndAReattachIsStillTaken() {
    try (WeftTestClient first = WeftTestClient.connect(server.url());
         WeftTestClient second = WeftTestClient.connect(server.url())) {
      assertThatThrownBy(() -> WeftTestClient.connect(server.url()))
          .isInstanceOfSatisfying(ConnectFailedException.class, e -> assertThat(e.closeStatus())
              .isEqualTo(new CloseStatus(1013, "server busy: 2 sessions (limits.sessions)")));
      assertThat(server.weft().liveSessions()).isEqualTo(2);

      // a browser coming back to its session costs nothing new: taken while full
      first.reconnect();
      first.click("Add one");
      first.awaitText("item 0", WAIT);
      assertThat(server.weft().liveSessions()).isEqualTo(2);
    }
  }

  @Test
  void readyIs503WithAReasonWhileFullAnd200OnceASessionEndsAndThenANewSessionGetsIn() throws Exception {
    HttpResponse<String> empty = ready();
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(check(empty, "capacity")).isEqualTo(new JsonObject().put("id", "capacity")
        .put("status", "UP").put("data", new JsonObject().put("live", 0).put("limit", 2)));

    try (WeftTestClient first = WeftTestClient.connect(server.url());
         WeftTestClient second = WeftTestClient.connect(server.url())) {
      HttpResponse<String> full = ready();
      assertThat(full.statusCode()).isEqualTo(503);
      assertThat(check(full, "capacity")).isEqualTo(new JsonObject().put("id", "capacity")
          .put("status", "DOWN").put("data", new JsonObject().put("live", 2).put("limit", 2)
              .put("reason", "full: 2 sessions, limits.sessions is 2")));
      assertThat(check(full, "lifecycle").getString("status")).as("only capacity is down").isEqualTo("UP");
      assertThat(check(full, "sessions").getString("status")).isEqualTo("UP");

      second.click("Leave"); // ends its session
      assertThat(second.awaitClose(WAIT).code()).isEqualTo(CloseStatus.SESSION_ENDED);
      awaitReady(200);
      try (WeftTestClient third = WeftTestClient.connect(server.url())) {
        assertThat(third.hasText("Hello")).isTrue();
        assertThat(ready().statusCode()).isEqualTo(503);
      }
    }
  }

  @Test
  void aHandlerAddingPastControlsPerPageGetsTheErrorBannerAndAddsNothing() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click("Add one"); // 7
      client.awaitText("item 0", WAIT);
      String before = client.outline();

      client.click("Add five");
      AppError error = client.awaitAppError(WAIT);
      assertThat(error.message()).isEqualTo("IllegalStateException: limits.controlsPerPage is 10:"
          + " adding 1 control to a page of 10 would make 11; nothing was added");
      // the three adds that fitted and the title went out; the fourth failed, the fifth never ran
      client.awaitText("never", WAIT);
      assertThat(client.findAll("text").stream().filter(t -> "never".equals(t.prop("value"))))
          .hasSize(3);
      assertThat(client.tree().root().prop("title")).isEqualTo("before the add");

      client.click("Add five at once");
      AppError batch = client.awaitAppError(WAIT);
      assertThat(batch.message()).contains("adding 5 controls to a page of 10 would make 15");
      String full = client.outline();
      client.click("Add one");
      assertThat(client.awaitAppError(WAIT).message()).contains("limits.controlsPerPage is 10");
      assertThat(client.outline()).as("refused adds change nothing on the page").isEqualTo(full);
      assertThat(full).isNotEqualTo(before);
    }
  }

  @Test
  void refusalsWriteOneLogLineAMinuteNotOnePerSocket() {
    Logger logger = Logger.getLogger("dev.weft.session.Sessions");
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          lines.add(record.getMessage());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    logger.addHandler(capture);
    try (WeftTestClient first = WeftTestClient.connect(server.url());
         WeftTestClient second = WeftTestClient.connect(server.url())) {
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> WeftTestClient.connect(server.url()))
            .isInstanceOf(ConnectFailedException.class);
      }
      assertThat(lines).containsExactly("this instance holds limits.sessions (2) sessions: 1 new"
          + " session refused with 1013 \"server busy\" since the last such line; /health/ready"
          + " answers 503 until one ends");
    } finally {
      logger.removeHandler(capture);
    }
  }

  private HttpResponse<String> ready() throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/health/ready"))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void awaitReady(int status) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (ready().statusCode() != status) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("/health/ready did not answer " + status + " within " + WAIT
            + ": " + ready().body());
      }
      Thread.sleep(20);
    }
  }

  private static JsonObject check(HttpResponse<String> response, String id) {
    JsonArray checks = new JsonObject(response.body()).getJsonArray("checks");
    for (int i = 0; i < checks.size(); i++) {
      if (id.equals(checks.getJsonObject(i).getString("id"))) {
        return checks.getJsonObject(i);
      }
    }
    throw new AssertionError("no check " + id + " in " + response.body());
  }
}
