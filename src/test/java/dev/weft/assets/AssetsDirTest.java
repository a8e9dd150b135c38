package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app's assets directory over real HTTP: its files are served at the app's root (and under
 * each mount), a file there replaces Weft's web app file of the same name, changes show at once,
 * and a directory that does not exist (yet) is no error.
 */
class AssetsDirTest {

  private static final App APP = page -> page.add(new Text("assets"));

  @TempDir
  Path dir;

  @Test
  void filesAreServedAtTheAppsRootAndUnderEveryMount() throws IOException {
    Files.createDirectories(dir.resolve("images"));
    byte[] png = Pngs.solid(7, 5, 0xff2266aa);
    Files.write(dir.resolve("images/x.png"), png);
    Files.writeString(dir.resolve("notes.txt"), "hello");
    try (WeftTestServer server = start(dir); Http http = new Http(server)) {
      for (String mount : new String[] {"/", "/sub-app/"}) {
        HttpResponse<Buffer> image = http.get(mount + "images/x.png");
        assertThat(image.statusCode()).as(mount).isEqualTo(200);
        assertThat(image.getHeader("Content-Type")).isEqualTo("image/png");
        assertThat(image.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(image.body().getBytes()).isEqualTo(png);
        HttpResponse<Buffer> text = http.get(mount + "notes.txt");
        assertThat(text.getHeader("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(text.bodyAsString()).isEqualTo("hello");
      }
      assertThat(http.get("/images/missing.png").statusCode()).isEqualTo(404);
      // a directory is no file: without an extension its path is an SPA route
      assertThat(http.get("/images").getHeader("Content-Type")).startsWith("text/html");
      assertThat(http.get("/images/").getHeader("Content-Type")).startsWith("text/html");
    }
  }

  @Test
  void aFileInTheAssetsReplacesTheBuiltInOne() throws IOException {
    Files.createDirectories(dir.resolve("icons"));
    byte[] favicon = Pngs.solid(16, 16, 0xffff8800);
    byte[] loading = Pngs.solid(20, 20, 0xff00aa44);
    Files.write(dir.resolve("favicon.png"), favicon);
    Files.write(dir.resolve("icons/loading-animation.png"), loading);
    Files.writeString(dir.resolve("manifest.json"), "{\"name\": \"Mine\"}");
    try (WeftTestServer server = start(dir); Http http = new Http(server)) {
      assertThat(http.get("/favicon.png").body().getBytes()).isEqualTo(favicon);
      assertThat(http.get("/sub-app/favicon.png").body().getBytes()).isEqualTo(favicon);
      assertThat(http.get("/icons/loading-animation.png").body().getBytes()).isEqualTo(loading);
      HttpResponse<Buffer> manifest = http.get("/manifest.json");
      assertThat(manifest.getHeader("Content-Type")).isEqualTo("application/manifest+json");
      assertThat(manifest.bodyAsJsonObject()).isEqualTo(new JsonObject().put("name", "Mine"));
      // what the assets do not replace stays Weft's own
      HttpResponse<Buffer> icon = http.get("/icons/icon-192.png");
      assertThat(icon.statusCode()).isEqualTo(200);
      assertThat(Pngs.size(icon.body().getBytes())).containsExactly(192, 192);
    }
  }

  @Test
  void aChangedFileIsServedAtOnceWithANewETag() throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, "[1]");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
    try (WeftTestServer server = start(dir); Http http = new Http(server)) {
      HttpResponse<Buffer> first = http.get("/data.json");
      assertThat(first.bodyAsString()).isEqualTo("[1]");
      assertThat(first.getHeader("Last-Modified")).isEqualTo("Mon, 01 Jan 2024 00:00:00 GMT");
      assertThat(http.get("/data.json", "If-None-Match", first.getHeader("ETag")).statusCode()).isEqualTo(304);
      Files.writeString(file, "[1, 2]");
      HttpResponse<Buffer> second = http.get("/data.json", "If-None-Match", first.getHeader("ETag"));
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(second.bodyAsString()).isEqualTo("[1, 2]");
      assertThat(second.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
    }
  }

  @Test
  void aMissingAssetsDirectoryIsFineAndMayAppearLater() throws IOException {
    Path later = dir.resolve("not-yet");
    try (WeftTestServer server = start(later); Http http = new Http(server)) {
      assertThat(http.get("/favicon.png").statusCode()).isEqualTo(200);
      assertThat(http.get("/late.txt").statusCode()).isEqualTo(404);
      Files.createDirectories(later);
      Files.writeString(later.resolve("late.txt"), "here now");
      assertThat(http.get("/late.txt").bodyAsString()).isEqualTo("here now");
    }
  }

  @Test
  void pathsThatLeadNowhereAreNotFoundRatherThanErrors() throws IOException {
    Files.writeString(dir.resolve("plain.txt"), "text");
    Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("inside.txt"), "hidden by permissions");
    try (WeftTestServer server = start(dir); Http http = new Http(server)) {
      assertThat(http.get("/plain.txt/more.txt").statusCode()).isEqualTo(404); // a file as a directory
      assertThat(http.get("/loop.txt").statusCode()).isEqualTo(404); // a symlink to itself
      assertThat(http.get("/locked").getHeader("Content-Type")).startsWith("text/html"); // a route
      if (locked.toFile().setExecutable(false, false) && !Files.isReadable(locked.resolve("inside.txt"))) {
        assertThat(http.get("/locked/inside.txt").statusCode()).isEqualTo(404); // no permission
      }
    } finally {
      locked.toFile().setExecutable(true, false);
    }
  }

  @Test
  void classpathAssetsAreServedFromTheJar() {
    // Weft's own jar ships assets/images/weft-sample.png (src/main/resources/assets)
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config("assetsDir", "classpath:assets"),
        Map.of("/", APP)); Http http = new Http(server)) {
      HttpResponse<Buffer> image = http.get("/images/weft-sample.png");
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.getHeader("Content-Type")).isEqualTo("image/png");
      assertThat(image.getHeader("ETag")).isNotBlank();
      assertThat(http.get("/images/weft-sample.png", "If-None-Match", image.getHeader("ETag")).statusCode())
          .isEqualTo(304);
      assertThat(http.get("/images/nothing.png").statusCode()).isEqualTo(404);
      assertThat(http.get("/images").getHeader("Content-Type")).startsWith("text/html");
      assertThat(http.get("/favicon.png").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anAssetsPathThatIsAFileIsRefusedAtStart() throws IOException {
    Path file = Files.writeString(dir.resolve("assets"), "not a directory");
    assertThatThrownBy(() -> WeftTestServer.config("assetsDir", file.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assetsDir")
        .hasMessageContaining("is a file, not a directory");
  }

  @Test
  void eachAppMayHaveItsOwnAssets() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Path own = Files.createDirectories(dir.resolve("own"));
    Files.writeString(shared.resolve("who.txt"), "shared");
    Files.writeString(own.resolve("who.txt"), "own");
    JsonObject apps = new JsonObject()
        .put("/", "dev.weft.examples.HelloWorld")
        .put("/sub-app/", new JsonObject().put("class", "dev.weft.examples.SubApp").put("assetsDir", own.toString()));
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("assetsDir", shared.toString(), "apps", apps), null);
         Http http = new Http(server)) {
      assertThat(http.get("/who.txt").bodyAsString()).isEqualTo("shared");
      assertThat(http.get("/sub-app/who.txt").bodyAsString()).isEqualTo("own");
    }
  }

  private static WeftTestServer start(Path assets) {
    return WeftTestServer.start(WeftTestServer.config("assetsDir", assets.toString()),
        Map.of("/", APP, "/sub-app/", APP));
  }
}
