package dev.weft.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.Download;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftHandlers;
import dev.weft.server.WeftSocketHandler;
import dev.weft.session.BlockingHandoff;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The WebSocket and download handlers in a host's own router, without a Weft instance. */
class StandaloneDownloadTest {

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void pagesOfAStandaloneSocketDownloadThroughTheHostsRoute() throws Exception {
    Vertx vertx = Vertx.vertx();
    BlockingHandoff handoff = BlockingHandoff.create(vertx, "auto", 8);
    try {
      WeftConfig config = WeftConfig.defaults();
      Downloads downloads = Downloads.create(vertx, config.downloadUrlTtl());
      App app = page -> page.add(new Button("get", e -> page.download(new byte[] {7, 8}, "two.bin", null)));
      WeftSocketHandler socket = WeftHandlers.webSocket(vertx, config, "/files/", app, null, handoff,
          null, downloads);
      Router router = Router.router(vertx);
      router.route("/files/ws").handler(socket);
      router.route("/files/download/:token").handler(WeftHandlers.download(downloads, "/files/"));
      HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
      String base = "http://127.0.0.1:" + server.actualPort() + "/files/";
      try (WeftTestClient client = WeftTestClient.connect(base)) {
        client.click(client.find("get"));
        Download d = client.awaitDownload(Duration.ofSeconds(10));
        HttpResponse<Buffer> r = await(WebClient.create(vertx).getAbs(base + d.url()).send());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().getBytes()).containsExactly(7, 8);
      }
      await(socket.close());
    } finally {
      handoff.close();
      await(vertx.close());
    }
  }
}
