package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.examples.embedding.EmbeddedApp;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.server.WeftConfig;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link MountedInRouter} example in a plain Vert.x application: Weft's router mounted at
 * {@code /weft-app/} next to the host's own routes, over real HTTP and WebSockets. Both sides
 * answer, and nothing of Weft's leaks onto the host's paths.
 */
class MountedWeftTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path uploads;
  private Host host;
  private Weft weft;

  @BeforeEach
  void start() {
    host = new Host();
    WeftConfig config = WeftTestServer.config("upload.dir", uploads.toString());
    App sub = page -> page.add(new Text("This is sub app!"));
    weft = Weft.create(host.vertx, config, Map.of("/", new EmbeddedApp(true), "/sub-app/", sub));
    MountedInRouter.hostRoutes(host.router);
    MountedInRouter.mountWeft(host.router, weft);
    Host.await(weft.start());
    host.listen();
  }

  @AfterEach
  void stop() {
    Host.await(weft.close());
    host.close();
  }

  @Test
  void theHostsOwnRoutesStillAnswer() {
    HttpResponse<Buffer> hello = host.get("/api/hello");
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.bodyAsJsonObject().getString("hello")).isEqualTo("from the host");
    assertThat(host.get("/host/ping").bodyAsString()).isEqualTo("pong");
  }

  @Test
  void pathsOutsideTheMountAreTheHostsNotWefts() {
    HttpResponse<Buffer> elsewhere = host.get("/elsewhere");
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(elsewhere.bodyAsString()).doesNotContain("<base href");
    assertThat(host.get("/favicon.png").statusCode()).as("Weft's favicon only under its mount")
        .isEqualTo(404);
  }

  @Test
  void theIndexUnderTheMountHasTheMountAsItsBase() {
    HttpResponse<Buffer> index = host.get("/weft-app/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.getHeader("Content-Type")).startsWith("text/html");
    assertThat(index.bodyAsString()).contains("<base href=\"/weft-app/\">");
    assertThat(host.get("/weft-app/deep/route").bodyAsString())
        .contains("<base href=\"/weft-app/\">");
    assertThat(host.get("/weft-app/missing.js").statusCode()).isEqualTo(404);
    assertThat(host.get("/weft-app/favicon.png").statusCode()).isEqualTo(200);
  }

  @Test
  void aSubAppUnderTheMountHasItsOwnBaseAndRedirect() {
    assertThat(host.get("/weft-app/sub-app/").bodyAsString())
        .contains("<base href=\"/weft-app/sub-app/\">");
    HttpResponse<Buffer> bare = host.get("/weft-app/sub-app?x=1");
    assertThat(bare.statusCode()).isBetween(301, 308);
    assertThat(bare.getHeader("Location")).isEqualTo("/weft-app/sub-app/?x=1");
  }

  @Test
  void theBareMountPointRedirectsUnderIt() {
    HttpResponse<Buffer> bare = host.get("/weft-app?lang=en");
    assertThat(bare.statusCode()).isBetween(301, 308);
    assertThat(bare.getHeader("Location")).isEqualTo("/weft-app/?lang=en");
  }

  @Test
  void aSessionRunsOverTheWebSocketUnderTheMount() {
    try (WeftTestClient client = WeftTestClient.connect(host.url("/weft-app/"))) {
      client.awaitText("Hello, guest!", WAIT);
      client.click("+1");
      client.awaitText("1", WAIT);
      assertThat(weft.liveSessions()).isEqualTo(1);
      client.assertNoFailures();
    }
    try (WeftTestClient sub = WeftTestClient.connect(host.url("/weft-app/sub-app/"))) {
      sub.awaitText("This is sub app!", WAIT);
    }
  }
}
