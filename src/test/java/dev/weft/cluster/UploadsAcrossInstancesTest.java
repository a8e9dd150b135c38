package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.auth.AuthorizationCode;
import dev.weft.auth.PendingSignIn;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Text;
import dev.weft.upload.Tmpfs;
import dev.weft.upload.UploadStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clustered instances, A and B, each serving the same app on its own port with its own upload
 * directory and no {@code upload.secret}: a session lives on A, and its upload URLs are sent to B —
 * as a load balancer without sticky sessions would. The file must arrive whole in A's session, be
 * kept only on A, and every refusal must leave nothing behind on either side. OAuth callbacks for
 * A's sign-ins arrive through B too.
 */
class UploadsAcrossInstancesTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final long MAX_SIZE = 64L * 1024 * 1024;

  @TempDir
  static Path dirs;
  private static ClusterMembers cluster;
  private static Vertx clientVertx;
  private static HttpClient http;
  private static Instance a;
  private static Instance b;
  private WeftTestClient client;

  /** One member serving the app. */
  private record Instance(WeftVerticle verticle, Path uploads) {

    Weft weft() {
      return verticle.weft();
    }

    String url(String path) {
      return "http://127.0.0.1:" + verticle.actualPort() + path;
    }
  }

  /** Shows an upload URL; says the name, size and SHA-256 of every file that arrives. */
  static final class UploadApp implements App {

    @Override
    public void main(Page page) {
      page.add(new Text(page.uploadUrl("data.bin")).key("upload-url"));
      page.onUpload(file -> page.add(new Text("Received " + file.name() + " " + file.size() + " "
          + sha256(file.path()))));
    }
  }

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = ClusterMembers.start(2);
    a = deploy(cluster.get(0), dirs.resolve("a"));
    b = deploy(cluster.get(1), dirs.resolve("b"));
    clientVertx = Vertx.vertx();
    http = clientVertx.createHttpClient();
  }

  private static Instance deploy(Vertx member, Path uploads) throws Exception {
    WeftVerticle verticle = new WeftVerticle(WeftTestServer.config("upload.dir", uploads.toString(),
        "upload.maxSize", MAX_SIZE), Map.of("/", new UploadApp()));
    await(member.deployVerticle(verticle));
    return new Instance(verticle, uploads);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (clientVertx != null) {
      await(clientVertx.close());
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void openSessionOnA() {
    client = WeftTestClient.connect(a.url("/"));
    assertThat(a.weft().sessions().isHere(client.sessionId())).isTrue();
    assertThat(b.weft().sessions().isHere(client.sessionId())).isFalse();
  }

  @AfterEach
  void closeSession() {
    client.close();
  }

  private String pageUploadPath() {
    return "/" + client.awaitControl(c -> "upload-url".equals(c.prop("key")), WAIT).prop("value");
  }

  @Test
  void theMembersSignWithOneKeyAndTheUrlNamesTheSessionsHome() {
    String path = pageUploadPath();
    assertThat(path).contains("&h=" + a.weft().uploadHome().id() + "&sig=");
    assertThat(a.weft().uploadHome().id()).isNotEqualTo(b.weft().uploadHome().id());
    String sameUrlSignedByB = b.weft().uploadUrls().issue("/", "s1", "x.txt", 10, Duration.ofMinutes(1));
    Answer answer = put(a.url("/" + sameUrlSignedByB), randomBytes(5, 1));
    assertThat(answer.status()).as("B's URL, checked by A and streamed to B, which has no session s1")
        .isEqualTo(410);
  }

  @Test
  void aFilePutToTheOtherInstanceArrivesWholeInTheSession() throws Exception {
    byte[] data = randomBytes(11, 2);
    Answer answer = put(b.url(pageUploadPath()), data);
    assertThat(answer.status()).as(answer.body().encode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(new JsonObject().put("file", "data.bin").put("size", 11));
    client.awaitText("Received data.bin 11 " + sha256(data), WAIT);
    assertThat(a.uploads().resolve(client.sessionId()).resolve("data.bin")).hasBinaryContent(data);
    assertThat(b.uploads().resolve(client.sessionId())).doesNotExist();
    client.assertNoFailures();
  }

  @Test
  void aMultiMegabyteFileStreamsAcrossByteIdenticalAndIsCountedOnce() throws Exception {
    double before = uploadedBytes(a) + uploadedBytes(b);
    byte[] data = randomBytes(5 * 1024 * 1024 + 123, 3); // not a multiple of the chunk size
    Answer answer = put(b.url(pageUploadPath()), data);
    assertThat(answer.status()).as(answer.body().encode()).isEqualTo(200);
    client.awaitText("Received data.bin " + data.length + " " + sha256(data), WAIT);
    assertThat(uploadedBytes(a) + uploadedBytes(b) - before).isEqualTo(data.length);
    assertThat(tempFiles(a)).isEmpty();
    assertThat(tempFiles(b)).isEmpty();
  }

  @Test
  void aTamperedSignatureOrARedirectedHomeIs403OnTheOtherInstance() {
    String path = pageUploadPath();
    int at = path.indexOf("&sig=") + "&sig=".length();
    String tampered = path.substring(0, at) + (path.charAt(at) == 'A' ? 'B' : 'A') + path.substring(at + 1);
    String redirected = path.replace("&h=" + a.weft().uploadHome().id(), "&h=" + b.weft().uploadHome().id());
    for (String bad : new String[] {tampered, redirected}) {
      Answer answer = put(b.url(bad), randomBytes(10, 4));
      assertThat(answer.status()).as(bad).isEqualTo(403);
      assertThat(answer.body().getString("error")).as("%s answered %s", bad, answer.body())
          .isEqualTo("upload_forbidden");
    }
    assertThat(a.uploads().resolve(client.sessionId())).doesNotExist();
    assertThat(b.uploads().resolve(client.sessionId())).doesNotExist();
  }

  @Test
  void aStreamedBodyPastItsSizeIs413AndLeavesNoPartialFileOnEitherSide() throws Exception {
    String path = "/" + a.weft().uploadUrls().issue("/", client.sessionId(), "big.bin", 200_000,
        Duration.ofMinutes(1));
    HttpClientResponse response = await(http.request(new RequestOptions().setMethod(HttpMethod.PUT)
            .setAbsoluteURI(b.url(path)))
        .compose(request -> {
          request.setChunked(true); // no Content-Length: only counting catches it
          for (int i = 0; i < 10; i++) {
            request.write(Buffer.buffer(randomBytes(64 * 1024, i)));
          }
          request.end();
          return request.response();
        }));
    assertThat(response.statusCode()).isEqualTo(413);
    WeftInstance.awaitTrue("no upload in progress on A", WAIT, () -> a.weft().uploadHome().inProgress() == 0);
    WeftInstance.awaitTrue("A's temporary files are removed", WAIT, () -> tempFiles(a).isEmpty());
    assertThat(tempFiles(b)).isEmpty();
    assertThat(a.uploads().resolve(client.sessionId())).doesNotExist();
  }

  /**
   * A's temporary folder on a 2 MiB tmpfs while this test runs: a real full disk on the home. Its
   * 507 reaches the browser through B, and nothing is left on either side; a file that fits is
   * then kept (moved across the two file systems, since a hard link cannot cross them).
   */
  @Test
  void aFullDiskOnTheHomeIs507ThroughTheOtherInstanceAndLeavesNothing() throws Exception {
    Path temp = Files.createDirectories(a.uploads().resolve(UploadStore.TEMP_DIR));
    try (Tmpfs tmpfs = Tmpfs.mount(temp, "2m")) {
      Answer full = put(b.url(pageUploadPath()), randomBytes(3 * 1024 * 1024, 7));
      assertThat(full.status()).as(full.body().encode()).isEqualTo(507);
      assertThat(full.body().getString("error")).isEqualTo("upload_storage_full");
      WeftInstance.awaitTrue("no upload in progress on A", WAIT, () -> a.weft().uploadHome().inProgress() == 0);
      WeftInstance.awaitTrue("A's partial file is removed", WAIT, () -> tempFiles(a).isEmpty());
      assertThat(a.uploads().resolve(client.sessionId())).doesNotExist();
      assertThat(tempFiles(b)).isEmpty();

      byte[] fits = randomBytes(1024 * 1024, 8);
      Answer kept = put(b.url(pageUploadPath()), fits);
      assertThat(kept.status()).as(kept.body().encode()).isEqualTo(200);
      assertThat(Files.readAllBytes(a.uploads().resolve(client.sessionId()).resolve("data.bin"))).isEqualTo(fits);
      assertThat(tempFiles(a)).isEmpty();
    }
  }

  @Test
  void aPutAbortedOnTheOtherInstanceLeavesNothingOnTheHome() throws Exception {
    String path = pageUploadPath();
    HttpClientRequest request = await(http.request(new RequestOptions().setMethod(HttpMethod.PUT)
        .setAbsoluteURI(b.url(path))));
    request.putHeader("Content-Length", Long.toString(8L * 1024 * 1024));
    for (int i = 0; i < 8; i++) {
      request.write(Buffer.buffer(randomBytes(64 * 1024, i)));
    }
    WeftInstance.awaitTrue("the body streams into a temporary file on A", WAIT, () -> !tempFiles(a).isEmpty());
    request.reset(); // HTTP/1.1: closes the connection mid-body
    WeftInstance.awaitTrue("no upload in progress on A", WAIT, () -> a.weft().uploadHome().inProgress() == 0);
    WeftInstance.awaitTrue("A's temporary file is removed", WAIT, () -> tempFiles(a).isEmpty());
    assertThat(a.uploads().resolve(client.sessionId())).doesNotExist();
    assertThat(tempFiles(b)).isEmpty();
    client.assertNoFailures();
  }

  @Test
  void aFileForASessionThatHasEndedIs410ThroughTheOtherInstanceAndNotKept() throws Exception {
    String path = "/" + a.weft().uploadUrls().issue("/", "gone-session-id", "orphan.bin");
    Answer answer = put(b.url(path), randomBytes(300_000, 5));
    assertThat(answer.status()).isEqualTo(410);
    assertThat(answer.body().getString("error")).isEqualTo("upload_unclaimed");
    assertThat(a.uploads().resolve("gone-session-id").resolve("orphan.bin")).doesNotExist();
    assertThat(b.uploads().resolve("gone-session-id")).doesNotExist();
    WeftInstance.awaitTrue("A's temporary files are removed", WAIT, () -> tempFiles(a).isEmpty());
  }

  @Test
  void anOAuthCallbackOnTheOtherInstanceCompletesTheSignInOnceOnly() throws Exception {
    PendingSignIn signIn = a.weft().oauthStates().issue();
    String callback = "/oauth_callback?state=" + signIn.state() + "&code=the-code";
    Answer first = get(b.url(callback));
    assertThat(first.status()).isEqualTo(200);
    AuthorizationCode code = await(signIn.result());
    assertThat(code.code()).isEqualTo("the-code");
    assertThat(get(b.url(callback)).status()).as("replayed through B").isEqualTo(400);
    assertThat(get(a.url(callback)).status()).as("replayed through A").isEqualTo(400);
  }

  /** An HTTP answer: the status and, when JSON, the body. */
  private record Answer(int status, JsonObject body) {
  }

  private static Answer put(String url, byte[] data) {
    return send(HttpMethod.PUT, url, Buffer.buffer(data));
  }

  private static Answer get(String url) {
    return send(HttpMethod.GET, url, null);
  }

  private static Answer send(HttpMethod method, String url, Buffer body) {
    return await(http.request(new RequestOptions().setMethod(method).setAbsoluteURI(url))
        .compose(request -> body == null ? request.send() : request.send(body))
        .compose(response -> response.body().map(b -> new Answer(response.statusCode(),
            b.length() > 0 && b.getByte(0) == '{' ? b.toJsonObject()
                : new JsonObject().put("notJson", b.toString()).put("headers", response.headers().toString())))));
  }

  private static double uploadedBytes(Instance instance) {
    return instance.weft().metrics().registry().get("weft.upload").counter().count();
  }

  private static java.util.List<Path> tempFiles(Instance instance) {
    Path temp = instance.uploads().resolve(UploadStore.TEMP_DIR);
    if (!Files.isDirectory(temp)) {
      return java.util.List.of();
    }
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    } catch (IOException e) {
      return java.util.List.of(temp); // being changed: ask again
    }
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("no result within " + WAIT, e);
    }
  }
}
