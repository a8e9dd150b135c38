package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.examples.embedding.OAuthCallbackOnly;
import dev.weft.examples.embedding.StaticFilesOnly;
import dev.weft.examples.embedding.UploadOnly;
import dev.weft.examples.embedding.WebSocketOnly;
import dev.weft.auth.OAuthStates;
import dev.weft.server.WeftSocketHandler;
import dev.weft.session.BlockingHandoff;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.upload.StoredUpload;
import dev.weft.upload.UploadUrls;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of Weft's four endpoints on its own, as the examples mount them in a plain vertx-web
 * router next to the host's routes, with no {@code Weft} instance at all.
 */
class StandaloneHandlersTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Host host = new Host();

  @BeforeEach
  void hostRoutes() {
    MountedInRouter.hostRoutes(host.router);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  private void assertHostStillAnswers() {
    assertThat(host.get("/api/hello").statusCode()).isEqualTo(200);
    assertThat(host.get("/host/ping").bodyAsString()).isEqualTo("pong");
  }

  @Test
  void staticFilesServeTheIndexClientAndAssetsUnderTheirBase() {
    StaticFilesOnly.mount(host.router, host.vertx);
    host.listen();
    HttpResponse<Buffer> index = host.get("/shell/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.bodyAsString()).contains("<base href=\"/shell/\">");
    assertThat(index.getHeader("Content-Security-Policy")).isNotBlank();
    assertThat(host.get("/shell/some/route").bodyAsString()).contains("<base href=\"/shell/\">");
    assertThat(host.get("/shell/favicon.png").getHeader("Content-Type")).startsWith("image/png");
    assertThat(host.get("/shell/missing.js").statusCode()).isEqualTo(404);
    assertThat(host.get("/elsewhere").statusCode()).isEqualTo(404);
    assertHostStillAnswers();
  }

  @Test
  void theWebSocketRunsTheAppAfterTheBeforeMainHook() {
    BlockingHandoff handoff = BlockingHandoff.create(host.vertx, "auto", 8);
    WeftSocketHandler socket = WebSocketOnly.mount(host.router, host.vertx, handoff);
    host.listen();
    try (WeftTestClient ada = WeftTestClient.connect(
            ConnectOptions.of(host.url("/chat/")).header("Cookie", "user=Ada"));
         WeftTestClient guest = WeftTestClient.connect(host.url("/chat/"))) {
      ada.awaitText("Hello, Ada!", WAIT);
      guest.awaitText("Hello, guest!", WAIT);
      ada.click("+1");
      ada.awaitText("1", WAIT);
      assertThat(socket.liveSessions()).isEqualTo(2);
      assertThat(host.get("/chat/").bodyAsString()).contains("<base href=\"/chat/\">");
      assertHostStillAnswers();

      Host.await(socket.close());
      assertThat(ada.awaitClose(WAIT).code()).isEqualTo(1012);
      assertThat(socket.liveSessions()).isZero();
    } finally {
      handoff.close();
    }
  }

  @Test
  void closingVertxEndsTheWebSocketsSessionsThoughTheHostNeverClosesTheHandler() {
    BlockingHandoff handoff = BlockingHandoff.create(host.vertx, "auto", 8);
    WeftSocketHandler socket = WebSocketOnly.mount(host.router, host.vertx, handoff);
    host.listen();
    try (WeftTestClient guest = WeftTestClient.connect(host.url("/chat/"))) {
      guest.awaitText("Hello, guest!", WAIT);
      assertThat(socket.liveSessions()).isEqualTo(1);
      Host.await(host.vertx.close());
      // sessions are not Vert.x deployments: the handler's own close hook ends them
      assertThat(socket.liveSessions()).isZero();
    } finally {
      handoff.close();
    }
  }

  @Test
  void uploadsGoToTheTargetDirAndTheHostHearsOfThem(@TempDir Path dir) {
    UploadUrls urls = UploadUrls.create("host secret", 1_000, Duration.ofMinutes(5));
    List<StoredUpload> received = new CopyOnWriteArrayList<>();
    UploadOnly.mount(host.router, host.vertx, dir, urls, received);
    host.listen();
    String url = host.get("/api/upload-url?name=../report.txt").bodyAsJsonObject().getString("url");
    assertThat(url).startsWith("/files/upload?f=report.txt&");

    HttpResponse<Buffer> stored = host.put(url, Buffer.buffer("quarterly"));
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.bodyAsJsonObject()).isEqualTo(new JsonObject().put("file", "report.txt").put("size", 9));
    assertThat(dir.resolve(UploadOnly.OWNER).resolve("report.txt")).hasContent("quarterly");
    assertThat(host.get("/api/uploads").bodyAsJsonArray())
        .isEqualTo(new JsonArray().add(new JsonObject().put("file", "report.txt").put("size", 9)));
    assertThat(host.put(url.replace("f=report.txt", "f=other.txt"), Buffer.buffer("x")).statusCode())
        .isEqualTo(403);
    assertThat(received).hasSize(1);
    assertHostStillAnswers();
  }

  @Test
  void theOAuthCallbackHonoursAStateOnceAndHandsOverTheCode() {
    OAuthStates states = OAuthStates.create(host.vertx, Duration.ofMinutes(5));
    Map<String, String> codes = new ConcurrentHashMap<>();
    OAuthCallbackOnly.mount(host.router, states, codes);
    host.listen();

    String toProvider = host.get("/login").getHeader("Location");
    assertThat(toProvider).startsWith("/provider/authorize?");
    String callback = host.get(toProvider).getHeader("Location");
    assertThat(callback).startsWith(OAuthCallbackOnly.CALLBACK + "?state=");
    String state = callback.replaceFirst(".*state=([^&]+).*", "$1");

    HttpResponse<Buffer> first = host.get(callback);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(codes).containsEntry(state, "demo-code");
    assertThat(host.get(callback).statusCode()).as("a state is good once").isEqualTo(400);
    assertThat(host.get(OAuthCallbackOnly.CALLBACK + "?state=forged&code=x").statusCode()).isEqualTo(400);
    assertThat(host.get(OAuthCallbackOnly.CALLBACK + "?code=x").statusCode()).isEqualTo(400);
    assertThat(states.pending()).isZero();
    assertHostStillAnswers();
  }
}
