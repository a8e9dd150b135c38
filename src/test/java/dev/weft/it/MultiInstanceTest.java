package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main verticle deployed four times on one port: connections are spread over the instances,
 * every session works, and a session re-attaches whichever instance the reconnect lands on (the
 * socket finds the session over the event bus, not in its own instance's memory).
 */
class MultiInstanceTest {

  private static final int INSTANCES = 4;
  private static final int SESSIONS = 24;
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final List<WeftVerticle> verticles = new CopyOnWriteArrayList<>();
  private final AtomicInteger disconnects = new AtomicInteger();
  private Vertx server;
  private Vertx clients;
  private int port;

  @BeforeEach
  void start() throws IOException {
    App counter = page -> {
      page.onDisconnect(disconnects::incrementAndGet);
      Text count = new Text("0").key("count");
      page.add(count, Button.async("+1", e -> {
        // async: on the session's event loop, one click after the other; blocking handlers of
        // one session run at the same time, and two of them would both read the same count
        count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
        return null;
      }));
    };
    port = freePort();
    WeftConfig config = ItServer.config("http.port", port);
    server = Vertx.vertx();
    ItServer.await(server.deployVerticle(() -> {
      WeftVerticle verticle = new WeftVerticle(config, Map.of("/", counter));
      verticles.add(verticle);
      return verticle;
    }, new DeploymentOptions().setInstances(INSTANCES)));
    clients = Vertx.vertx();
  }

  @AfterEach
  void stop() {
    if (clients != null) {
      ItServer.await(clients.close());
    }
    if (server != null) {
      ItServer.await(server.close());
    }
  }

  @Test
  void manySessionsWorkAcrossInstancesSharingOnePort() {
    assertThat(verticles).hasSize(INSTANCES);
    assertThat(verticles).allSatisfy(v -> assertThat(v.actualPort()).isEqualTo(port));
    List<WeftTestClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < SESSIONS; i++) {
        open.add(WeftTestClient.connect(clients, "http://localhost:" + port + "/"));
      }
      for (int i = 0; i < SESSIONS; i++) {
        for (int n = 0; n <= i % 3; n++) {
          open.get(i).click("+1");
        }
      }
      for (int i = 0; i < SESSIONS; i++) {
        open.get(i).awaitText(String.valueOf(i % 3 + 1), WAIT);
        open.get(i).assertNoFailures();
      }
      assertThat(open.stream().map(WeftTestClient::sessionId).distinct()).hasSize(SESSIONS);
      int total = verticles.stream().mapToInt(v -> v.weft().liveSessions()).sum();
      assertThat(total).isEqualTo(SESSIONS);
      long busy = verticles.stream().filter(v -> v.weft().liveSessions() > 0).count();
      assertThat(busy).as("instances holding sessions").isGreaterThan(1);
    } finally {
      open.forEach(WeftTestClient::close);
    }
  }

  @Test
  void sessionsReattachWhicheverInstanceTheReconnectLandsOn() {
    List<WeftTestClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        WeftTestClient client = WeftTestClient.connect(clients, "http://localhost:" + port + "/");
        client.click("+1");
        client.awaitText("1", WAIT);
        open.add(client);
      }
      List<String> ids = open.stream().map(WeftTestClient::sessionId).toList();
      for (WeftTestClient client : open) {
        client.reconnect();
      }
      for (int i = 0; i < open.size(); i++) {
        WeftTestClient client = open.get(i);
        assertThat(client.sessionId()).isEqualTo(ids.get(i));
        assertThat(client.findByKey("count").prop("value")).isEqualTo("1");
        client.click("+1");
        client.awaitText("2", WAIT);
        client.assertNoFailures();
      }
      int total = verticles.stream().mapToInt(v -> v.weft().liveSessions()).sum();
      assertThat(total).as("no session was duplicated by the reconnects").isEqualTo(8);
    } finally {
      open.forEach(WeftTestClient::close);
    }
  }

  @Test
  void aSessionCanBeResumedByAnotherClientWhateverInstanceItLandsOn() {
    WeftTestClient first = WeftTestClient.connect(clients, "http://localhost:" + port + "/");
    first.click("+1");
    first.awaitText("1", WAIT);
    ConnectOptions resume = ConnectOptions.of("http://localhost:" + port + "/").vertx(clients)
        .resuming(first);
    first.close();
    // several connections in a row land on different instances; each must find the session
    for (int round = 2; round <= 5; round++) {
      awaitDisconnects(round - 1); // the previous socket is closed for the server too
      try (WeftTestClient next = WeftTestClient.connect(resume)) {
        assertThat(next.sessionId()).isEqualTo(first.sessionId());
        next.click("+1");
        next.awaitText(String.valueOf(round), WAIT);
        resume = ConnectOptions.of("http://localhost:" + port + "/").vertx(clients).resuming(next);
      }
    }
  }

  private void awaitDisconnects(int n) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (disconnects.get() < n) {
      assertThat(System.nanoTime()).as("the session saw its socket close").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
