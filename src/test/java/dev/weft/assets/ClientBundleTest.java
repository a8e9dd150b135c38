package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client read from the class path: the same from a directory as from a jar, split into the
 * hashed client and the replaceable web app files, and fingerprinted by its content.
 */
class ClientBundleTest {

  @TempDir
  Path dir;

  @Test
  void theBundledClientIsSplitIntoClientAndWebAppFiles() throws IOException {
    ClientBundle bundle = ClientBundle.read(ClientBundle.class.getClassLoader());
    assertThat(bundle.client("js/main.js")).isNotNull();
    assertThat(bundle.client("js/controls/registry.js")).isNotNull();
    assertThat(bundle.client("weft.css").contentType()).isEqualTo("text/css; charset=utf-8");
    assertThat(bundle.client("favicon.png")).isNull();
    assertThat(bundle.client("index.html")).isNull();
    assertThat(bundle.webAppFile("favicon.png").contentType()).isEqualTo("image/png");
    for (WebAppFiles.Icon icon : WebAppFiles.ICONS) {
      assertThat(bundle.webAppFile(icon.path())).as(icon.path()).isNotNull();
    }
    assertThat(bundle.webAppFile(WebAppFiles.APPLE_TOUCH_ICON)).isNotNull();
    assertThat(bundle.webAppFile(WebAppFiles.LOADING_ANIMATION)).isNotNull();
    assertThat(bundle.webAppFile("js/main.js")).isNull();
    assertThat(bundle.template()).contains("{{base}}", "{{client}}");
    assertThat(bundle.prefix()).isEqualTo("_weft/" + bundle.hash() + "/");
  }

  @Test
  void aJarAndADirectoryWithTheSameFilesGiveTheSameBundle() throws IOException {
    Map<String, String> files = Map.of(
        "web/index.html", "<base href=\"{{base}}\">",
        "web/js/main.js", "import './a.js';",
        "web/js/a.js", "export const a = 1;",
        "web/weft.css", "body{}",
        "web/favicon.png", "png");
    ClientBundle fromDir = read(directory(dir.resolve("classes"), files));
    ClientBundle fromJar = read(jar(dir.resolve("client.jar"), files));
    assertThat(fromJar.hash()).isEqualTo(fromDir.hash());
    assertThat(fromJar.client("js/a.js").body().toString()).isEqualTo("export const a = 1;");
    assertThat(fromJar.webAppFile("favicon.png")).isNotNull();
    assertThat(fromJar.client("favicon.png")).isNull();
  }

  @Test
  void theHashChangesWithAnyClientFileButNotWithWebAppFiles() throws IOException {
    Map<String, String> files = Map.of(
        "web/index.html", "x", "web/js/main.js", "one", "web/favicon.png", "png");
    String hash = read(jar(dir.resolve("1.jar"), files)).hash();
    Map<String, String> changedScript = Map.of(
        "web/index.html", "x", "web/js/main.js", "two", "web/favicon.png", "png");
    Map<String, String> changedIcon = Map.of(
        "web/index.html", "x", "web/js/main.js", "one", "web/favicon.png", "other png");
    assertThat(read(jar(dir.resolve("2.jar"), changedScript)).hash()).isNotEqualTo(hash);
    assertThat(read(jar(dir.resolve("3.jar"), changedIcon)).hash()).isEqualTo(hash);
  }

  @Test
  void eachFileIsFingerprintedByItsOwnContent() throws IOException {
    Map<String, String> files = Map.of(
        "web/index.html", "x", "web/js/main.js", "one", "web/favicon.png", "png");
    ClientBundle bundle = read(jar(dir.resolve("e.jar"), files));
    assertThat(bundle.client("js/main.js").etag())
        .isEqualTo(ContentHash.etag(ContentHash.of("one".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(bundle.webAppFile("favicon.png").etag())
        .isEqualTo(ContentHash.etag(ContentHash.of("png".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
  }

  @Test
  void aRenamedClientFileChangesTheHash() throws IOException {
    String hash = read(jar(dir.resolve("a.jar"), Map.of("web/index.html", "x", "web/js/a.js", "one"))).hash();
    assertThat(read(jar(dir.resolve("b.jar"), Map.of("web/index.html", "x", "web/js/b.js", "one"))).hash())
        .isNotEqualTo(hash);
  }

  @Test
  void thePreloadedBundleIsWhatLoadGivesAndMatchesAFreshRead() throws Exception {
    ClientBundle.preload();
    ClientBundle.preload(); // idempotent: one read
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    try {
      ClientBundle loaded = ClientBundle.load(vertx).toCompletionStage().toCompletableFuture()
          .get(20, java.util.concurrent.TimeUnit.SECONDS);
      ClientBundle again = ClientBundle.load(vertx).toCompletionStage().toCompletableFuture()
          .get(20, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(again).as("read once, shared").isSameAs(loaded);
      ClientBundle fresh = ClientBundle.read(ClientBundle.class.getClassLoader());
      assertThat(loaded.hash()).isEqualTo(fresh.hash());
      assertThat(loaded.client("js/main.js").etag()).isEqualTo(fresh.client("js/main.js").etag());
      assertThat(loaded.template()).isEqualTo(fresh.template());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(20, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void aClassPathWithoutTheClientIsAClearError() {
    assertThatThrownBy(() -> read(directory(dir.resolve("empty"), Map.of("other/x.txt", "x"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("web/index.html");
  }

  private static ClientBundle read(Path classpathEntry) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classpathEntry.toUri().toURL()}, null)) {
      return ClientBundle.read(loader);
    }
  }

  private static Path directory(Path root, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return root;
  }

  private static Path jar(Path jar, Map<String, String> files) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
        zip.putNextEntry(new JarEntry(file.getKey()));
        zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
