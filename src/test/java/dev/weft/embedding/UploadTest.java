package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import dev.weft.examples.embedding.EmbeddedApp;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.upload.UploadStore;
import dev.weft.upload.UploadUrls;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads through Weft mounted in a host's router: the page hands out a signed URL, a {@code PUT}
 * to it stores the file in the session's folder and the app hears of it; anything not signed,
 * changed, expired, too large or for a session that is gone is refused, and leaves nothing behind.
 */
class UploadTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String SECRET = "a test secret of some length";

  @TempDir
  Path uploads;
  private Host host;
  private Weft weft;
  private WeftTestClient client;

  @BeforeEach
  void start() {
    host = new Host();
    weft = Weft.create(host.vertx, WeftTestServer.config("upload.dir", uploads.toString(),
        "upload.secret", SECRET, "upload.maxSize", 1000), Map.of("/", new EmbeddedApp(true)));
    MountedInRouter.mountWeft(host.router, weft);
    Host.await(weft.start());
    host.listen();
    client = WeftTestClient.connect(host.url("/weft-app/"));
  }

  @AfterEach
  void stop() {
    client.close();
    Host.await(weft.close());
    host.close();
  }

  /** The upload URL the page shows, as the browser resolves it against the page's base. */
  private String pageUploadPath() {
    return "/weft-app/" + client.awaitControl(c -> "upload-url".equals(c.prop("key")), WAIT)
        .prop("value");
  }

  @Test
  void aFileSentToThePagesUrlIsStoredInTheSessionsFolderAndTheAppHearsOfIt() throws IOException {
    String url = pageUploadPath();
    assertThat(url).matches("/weft-app/upload\\?f=notes\\.txt&s=[A-Za-z0-9_-]+&m=1000&e=\\d+&sig=[A-Za-z0-9_-]+");
    HttpResponse<Buffer> response = host.put(url, Buffer.buffer("hello, weft"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("file", "notes.txt").put("size", 11));
    Path stored = uploads.resolve(client.sessionId()).resolve("notes.txt");
    assertThat(stored).hasContent("hello, weft");
    client.awaitText("Received notes.txt (11 bytes)", WAIT);
    assertThat(tempFiles()).isEmpty();
    client.assertNoFailures();
  }

  @Test
  void anUnsignedOrMalformedUrlIs403() {
    for (String path : List.of("/weft-app/upload", "/weft-app/upload?f=a.txt&s=abc&m=10&e=99999999999",
        "/weft-app/upload?f=a.txt&s=abc&m=ten&e=1&sig=x", "/weft-app/upload?f=%zz&s=a&m=1&e=1&sig=a")) {
      HttpResponse<Buffer> response = host.put(path, Buffer.buffer("x"));
      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(response.getHeader("Content-Type")).startsWith("application/json");
      assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("upload_forbidden");
    }
    assertThat(uploads).isEmptyDirectory();
  }

  @Test
  void aTamperedUrlIs403AndStoresNothing() {
    String url = pageUploadPath();
    List<String> tampered = List.of(
        url.replace("f=notes.txt", "f=other.txt"),
        url.replace("&m=1000", "&m=999"),
        url.replaceFirst("&e=(\\d+)", "&e=9$1"),
        url.replaceFirst("&s=[^&]+", "&s=someoneElsesSession"),
        withSignatureChanged(url),
        url + "&f=again.txt");
    for (String path : tampered) {
      HttpResponse<Buffer> response = host.put(path, Buffer.buffer("x"));
      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("upload_forbidden");
    }
    assertThat(uploads).isEmptyDirectory();
  }

  /**
   * The URL with its signature's first character replaced by a different base64url character, so
   * the signature always changes (replacing it with a fixed one would change nothing one time in 64).
   */
  private static String withSignatureChanged(String url) {
    int at = url.indexOf("&sig=") + "&sig=".length();
    char first = url.charAt(at);
    char other = first == 'A' ? 'B' : 'A';
    String changed = url.substring(0, at) + other + url.substring(at + 1);
    assertThat(changed).isNotEqualTo(url);
    return changed;
  }

  @Test
  void aUrlSignedWithAnotherSecretOrForAnotherAppIs403() {
    UploadUrls otherKey = UploadUrls.create("another secret", 1000, Duration.ofMinutes(1));
    UploadUrls sameKey = UploadUrls.create(SECRET, 1000, Duration.ofMinutes(1));
    String session = client.sessionId();
    assertThat(host.put("/weft-app/" + otherKey.issue("/", session, "a.txt"), Buffer.buffer("x"))
        .statusCode()).isEqualTo(403);
    assertThat(host.put("/weft-app/" + sameKey.issue("/sub-app/", session, "a.txt"), Buffer.buffer("x"))
        .statusCode()).as("issued for another app's mount").isEqualTo(403);
    assertThat(host.put("/weft-app/" + sameKey.issue("/", session, "a.txt"), Buffer.buffer("x"))
        .statusCode()).as("the same key and mount").isEqualTo(200);
  }

  @Test
  void anExpiredUrlIs403() {
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    String expired = UploadUrls.create(SECRET, 1000, Duration.ofMinutes(10), anHourAgo)
        .issue("/", client.sessionId(), "late.txt");
    HttpResponse<Buffer> response = host.put("/weft-app/" + expired, Buffer.buffer("x"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("upload_expired");
    assertThat(uploads).isEmptyDirectory();
  }

  @Test
  void aBodyOverTheSignedSizeIs413BeforeItIsRead() {
    String url = "/weft-app/" + weft.uploadUrls().issue("/", client.sessionId(), "big.bin", 10,
        Duration.ofMinutes(1));
    HttpResponse<Buffer> response = host.put(url, Buffer.buffer("eleven byte"));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("upload_too_large");
    assertThat(uploads).isEmptyDirectory();
    assertThat(host.put(url, Buffer.buffer("ten bytes!")).statusCode()).as("at the limit").isEqualTo(200);
  }

  @Test
  void aChunkedBodyIsCountedAndCutOffAtTheSignedSize() throws Exception {
    String url = "/weft-app/" + weft.uploadUrls().issue("/", client.sessionId(), "stream.bin", 10,
        Duration.ofMinutes(1));
    HttpClient http = host.vertx.createHttpClient();
    try {
      HttpClientResponse response = Host.await(http.request(new RequestOptions()
              .setMethod(HttpMethod.PUT).setAbsoluteURI(host.url(url)))
          .compose(request -> {
            request.setChunked(true); // no Content-Length: only counting can catch it
            request.write("12345678");
            request.write("12345678");
            request.end("12345678");
            return request.response();
          }));
      assertThat(response.statusCode()).isEqualTo(413);
    } finally {
      Host.await(http.close());
    }
    Host.eventually("the partial upload's temp file is removed", () -> tempFiles().isEmpty());
    assertThat(uploads.resolve(client.sessionId())).doesNotExist();
  }

  @Test
  void aFileNameCannotLeaveTheSessionsFolder() throws IOException {
    for (String name : List.of("../../escape.txt", "..\\..\\escape2.txt", "/etc/passwd", ".hidden", "..")) {
      String url = "/weft-app/" + weft.uploadUrls().issue("/", client.sessionId(), name);
      HttpResponse<Buffer> response = host.put(url, Buffer.buffer(name));
      assertThat(response.statusCode()).as(name).isEqualTo(200);
    }
    Path folder = uploads.resolve(client.sessionId());
    try (Stream<Path> files = Files.walk(uploads)) {
      assertThat(files.filter(Files::isRegularFile).map(folder::relativize).map(Path::toString))
          .containsExactlyInAnyOrder("escape.txt", "escape2.txt", "passwd", "hidden", "upload");
    }
    assertThat(Files.readString(folder.resolve("escape.txt"), StandardCharsets.UTF_8))
        .isEqualTo("../../escape.txt");
  }

  @Test
  void aFileForASessionThatHasEndedIsRefusedWith410AndNotKept() {
    String url = "/weft-app/" + weft.uploadUrls().issue("/", "gone-session-id", "orphan.txt");
    HttpResponse<Buffer> response = host.put(url, Buffer.buffer("nobody wants this"));
    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("upload_unclaimed");
    assertThat(uploads.resolve("gone-session-id").resolve("orphan.txt")).doesNotExist();
  }

  @Test
  void onlyPutUploads() {
    HttpResponse<Buffer> response = host.get(pageUploadPath());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.getHeader("Allow")).isEqualTo("PUT");
  }

  private List<Path> tempFiles() {
    Path temp = uploads.resolve(UploadStore.TEMP_DIR);
    if (!Files.exists(temp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
