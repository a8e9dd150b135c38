package dev.weft.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.Download;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code page.download} in a real session: the page sends a numbered {@code download}, its URL
 * (relative to the app's base) serves the bytes once, only under the app that issued it, and
 * within {@code download.urlTtlSeconds}; a bad content type is the handler's error.
 */
class PageDownloadTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static WeftTestServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    App app = page -> page.add(
        new Button("csv", e -> page.download("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "report.csv", "text/csv")),
        new Button("stream", e -> page.download(() -> new ByteArrayInputStream(new byte[70_000]), "zeros.bin", null)),
        new Button("bad type", e -> page.download(new byte[1], "x", "no type")),
        new Button("no name", e -> page.download(new byte[1], " ", null)));
    server = WeftTestServer.start(WeftTestServer.config("download.urlTtlSeconds", 2),
        Map.of("/", app, "/sub/", app));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aDownloadMessageCarriesAOneTimeUrl() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("csv"));
      Download d = client.awaitDownload(WAIT);
      assertThat(d.url()).matches("download/[A-Za-z0-9_-]{32}");
      assertThat(d.name()).isEqualTo("report.csv");
      assertThat(d.seq()).isGreaterThan(1);
      HttpResponse<byte[]> r = get(server.url("/") + d.url());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
      assertThat(r.headers().firstValue("content-disposition")).hasValue(
          "attachment; filename=\"report.csv\"; filename*=UTF-8''report.csv");
      assertThat(get(server.url("/") + d.url()).statusCode()).isEqualTo(404);
      assertThat(client.failures()).isEmpty();
    }
  }

  @Test
  void aStreamIsOpenedWhenFetched() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url("/sub/"))) {
      client.click(client.find("stream"));
      Download d = client.awaitDownload(WAIT);
      assertThat(get(server.url("/") + d.url()).statusCode()).as("another app's endpoint").isEqualTo(404);
      HttpResponse<byte[]> r = get(server.url("/sub/") + d.url());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).hasSize(70_000);
      assertThat(r.headers().firstValue("content-type")).hasValue("application/octet-stream");
    }
  }

  @Test
  void theUrlExpiresAfterTheConfiguredTtl() throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("csv"));
      Download d = client.awaitDownload(WAIT);
      Thread.sleep(2100);
      HttpResponse<byte[]> r = get(server.url("/") + d.url());
      assertThat(r.statusCode()).isEqualTo(410);
    }
  }

  @Test
  void badArgumentsAreTheHandlersError() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      client.click(client.find("bad type"));
      assertThat(client.awaitAppError(WAIT).message()).contains("content type");
      client.click(client.find("no name"));
      assertThat(client.awaitAppError(WAIT).message()).contains("file name");
      assertThat(client.downloads()).isEmpty();
    }
  }
}
