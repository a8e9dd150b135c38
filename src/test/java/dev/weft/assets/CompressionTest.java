package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * gzip for text when the browser accepts it ({@code http.compression}, on by default), never for
 * formats that are compressed already, and none at all when turned off.
 */
class CompressionTest {

  private static final App APP = page -> page.add(new Text("compressed"));

  @Test
  void textIsGzippedWhenTheBrowserAcceptsIt() throws IOException {
    try (WeftTestServer server = WeftTestServer.start(APP); Http http = new Http(server)) {
      String prefix = http.clientPrefix("/");
      for (String path : new String[] {"/", "/" + prefix + "js/main.js", "/" + prefix + "weft.css", "/manifest.json"}) {
        HttpResponse<Buffer> plain = http.get(path);
        HttpResponse<Buffer> gzipped = http.get(path, "Accept-Encoding", "gzip");
        assertThat(plain.getHeader("Content-Encoding")).as(path).isNull();
        assertThat(gzipped.getHeader("Content-Encoding")).as(path).isEqualTo("gzip");
        assertThat(gzipped.getHeader("Vary")).as(path).containsIgnoringCase("Accept-Encoding");
        assertThat(gunzip(gzipped.body().getBytes())).as(path).isEqualTo(plain.body().getBytes());
      }
      HttpResponse<Buffer> css = http.get("/" + prefix + "weft.css", "Accept-Encoding", "gzip");
      assertThat(css.body().length()).isLessThan(http.get("/" + prefix + "weft.css").body().length() / 3);
    }
  }

  @Test
  void alreadyCompressedFormatsAreSentAsTheyAre() {
    try (WeftTestServer server = WeftTestServer.start(APP); Http http = new Http(server)) {
      for (String path : new String[] {"/favicon.png", "/icons/icon-512.png"}) {
        HttpResponse<Buffer> response = http.get(path, "Accept-Encoding", "gzip, deflate");
        assertThat(response.statusCode()).isEqualTo(200);
        // no gzip, and the internal "identity" marker does not leak into the response either
        assertThat(response.getHeader("Content-Encoding")).as(path).isNull();
        assertThat(response.body().getBytes(0, 4)).containsExactly(0x89, 'P', 'N', 'G');
        // nor into a 304 or a HEAD answer, which the compressor lets pass untouched
        HttpResponse<Buffer> notModified = http.get(path, "Accept-Encoding", "gzip",
            "If-None-Match", response.getHeader("ETag"));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.getHeader("Content-Encoding")).as("304 " + path).isNull();
        assertThat(http.head(path, "Accept-Encoding", "gzip").getHeader("Content-Encoding"))
            .as("HEAD " + path).isNull();
      }
    }
  }

  @Test
  void compressionCanBeTurnedOff() {
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config("http.compression", false),
        Map.of("/", APP)); Http http = new Http(server)) {
      String prefix = http.clientPrefix("/");
      HttpResponse<Buffer> response = http.get("/" + prefix + "js/main.js", "Accept-Encoding", "gzip");
      assertThat(response.getHeader("Content-Encoding")).isNull();
      assertThat(response.getHeader("Vary")).isNull();
      assertThat(response.bodyAsString()).contains("new Session(");
      HttpResponse<Buffer> png = http.get("/favicon.png", "Accept-Encoding", "gzip");
      assertThat(png.statusCode()).isEqualTo(200);
      assertThat(png.getHeader("Content-Encoding")).isNull();
    }
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
