package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No request leaves the assets directory: a secret file sits next to it, and a raw socket sends
 * every classic way out — dot segments plain and encoded, encoded slashes and backslashes, raw
 * backslashes, NUL, symlinks to a file and to a directory outside. None ever gets the secret; the
 * ones that cannot be a file name at all are 400s, the rest are 404s (or, for paths without an
 * extension, the index page).
 */
class PathTraversalTest {

  private static final String SECRET = "TOP-SECRET-8d1f";

  @TempDir
  static Path root;
  private static WeftTestServer server;

  @BeforeAll
  static void start() throws IOException {
    Path assets = Files.createDirectories(root.resolve("assets"));
    Files.writeString(root.resolve("secret.txt"), SECRET);
    Files.createDirectories(root.resolve("private"));
    Files.writeString(root.resolve("private/secret.txt"), SECRET);
    Files.writeString(assets.resolve("ok.txt"), "fine");
    Files.writeString(assets.resolve(".hidden"), SECRET);
    Files.createSymbolicLink(assets.resolve("escape.txt"), root.resolve("secret.txt"));
    Files.createSymbolicLink(assets.resolve("escape-relative.txt"), Path.of("../secret.txt"));
    Files.createSymbolicLink(assets.resolve("outside"), root.resolve("private"));
    Files.createSymbolicLink(assets.resolve("alias.txt"), assets.resolve("ok.txt"));
    App app = page -> page.add(new Text("app"));
    server = WeftTestServer.start(WeftTestServer.config("assetsDir", assets.toString()),
        Map.of("/", app, "/sub-app/", app));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pathsThatCannotBeFileNamesAreBadRequests() {
    Map<String, Integer> attempts = new LinkedHashMap<>();
    attempts.put("/..%2fsecret.txt", 400);
    attempts.put("/..%2Fsecret.txt", 400);
    attempts.put("/%2e%2e%2fsecret.txt", 400);
    attempts.put("/images/..%2f..%2fsecret.txt", 400);
    attempts.put("/..%2f..%2fetc/passwd", 400);
    attempts.put("/..%5csecret.txt", 400);
    attempts.put("/..\\secret.txt", 400);
    attempts.put("/images\\..\\..\\secret.txt", 400);
    attempts.put("/ok.txt%00.png", 400);
    attempts.put("/ok.txt%00", 400);
    attempts.put("/%c0%ae%c0%ae/secret.txt", 400); // overlong UTF-8 for "..": not UTF-8 at all
    attempts.put("/sub-app/..%2f..%2fsecret.txt", 400);
    attempts.forEach(PathTraversalTest::expect);
  }

  @Test
  void dotSegmentsStayInsideTheApp() {
    Map<String, Integer> attempts = new LinkedHashMap<>();
    attempts.put("/../secret.txt", 404);
    attempts.put("/../../../../../../etc/passwd", 200); // resolves to /etc/passwd: an SPA route
    attempts.put("/%2e%2e/secret.txt", 404);
    attempts.put("/%2E%2E/%2E%2E/secret.txt", 404);
    attempts.put("/images/../../secret.txt", 404);
    attempts.put("/sub-app/../../secret.txt", 404);
    attempts.put("/%252e%252e/secret.txt", 404); // double-encoded: a file named "%2e%2e"
    attempts.put("/" + root.resolve("secret.txt"), 404); // an absolute path stays below the root
    attempts.forEach(PathTraversalTest::expect);
    RawHttp route = RawHttp.get(server.port(), "/../../../../../../etc/passwd");
    assertThat(route.header("Content-Type")).startsWith("text/html");
  }

  @Test
  void symlinksOutOfTheAssetsAreNotFollowed() {
    expect("/escape.txt", 404);
    expect("/escape-relative.txt", 404);
    expect("/outside/secret.txt", 404);
    expect("/sub-app/outside/secret.txt", 404);
    RawHttp inside = RawHttp.get(server.port(), "/alias.txt");
    assertThat(inside.status()).isEqualTo(200);
    assertThat(inside.body()).isEqualTo("fine");
  }

  @Test
  void hiddenFilesAreNeverServed() {
    expect("/.hidden", 404);
    expect("/%2ehidden", 404);
    assertThat(RawHttp.get(server.port(), "/ok.txt").body()).isEqualTo("fine");
  }

  private static void expect(String target, int status) {
    RawHttp response = RawHttp.get(server.port(), target);
    assertThat(response.body()).as(target).doesNotContain(SECRET).doesNotContain("root:x:0:0");
    assertThat(response.status()).as(target + "\n" + response.head()).isEqualTo(status);
    assertThat(response.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
  }
}
