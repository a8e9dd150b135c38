package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import dev.weft.examples.embedding.EmbeddedApp;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.testing.WeftTestServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real browser client under a host's mount point: the {@link MountedInRouter} example serves
 * Weft at {@code /weft-app/} next to the host's API. The page loads through the bare path's
 * redirect, every request stays under the mount, the WebSocket works, and an upload to the page's
 * own signed URL (a relative URL, resolved against the page's base, allowed by its CSP) reaches the
 * app.
 */
class EmbeddedWeftIT extends BrowserBase {

  @TempDir
  Path uploads;
  private Vertx vertx;
  private Weft weft;
  private HttpServer http;

  @BeforeEach
  void startHost() throws Exception {
    vertx = Vertx.vertx();
    weft = Weft.create(vertx, WeftTestServer.config("upload.dir", uploads.toString()),
        Map.of("/", new EmbeddedApp(true)));
    Router router = Router.router(vertx);
    MountedInRouter.hostRoutes(router);
    MountedInRouter.mountWeft(router, weft);
    E2eServer.await(weft.start());
    http = E2eServer.await(vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1"))
        .requestHandler(router).listen(0));
  }

  @AfterEach
  void stopHost() throws Exception {
    E2eServer.await(weft.close());
    E2eServer.await(vertx.close());
  }

  private String url(String path) {
    return "http://127.0.0.1:" + http.actualPort() + path;
  }

  @Test
  void theAppRunsUnderTheHostsMountPointAndTakesAnUploadFromThePage() throws Exception {
    page.navigate(url("/weft-app"));
    assertThat(exactText(page, "Hello, guest!")).isVisible();
    assertThat(page).hasURL(url("/weft-app/"));
    button(page, "+1").click();
    assertThat(byKey(page, "count")).hasText("1");

    String uploadUrl = byKey(page, "upload-url").textContent();
    Object status = page.evaluate("url => fetch(url, {method: 'PUT', body: 'from the browser'})"
        + ".then(r => r.status)", uploadUrl);
    assertThat(((Number) status).intValue()).isEqualTo(200);
    assertThat(exactText(page, "Received notes.txt (16 bytes)")).isVisible();
    try (var files = Files.walk(uploads)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactly("notes.txt");
    }

    watch.assertClean();
    assertThat(watch.responses()).allSatisfy(line -> assertThat(line).contains(url("/weft-app")));
  }
}
