package dev.weft.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Eventually;
import dev.weft.Weft;
import dev.weft.cluster.ClusterMembers;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.DownloadSource;
import dev.weft.ui.controls.Text;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clustered instances, no sticky sessions: a download a session of instance A asked for,
 * fetched from instance B, is pulled from A over the event bus — whole, once, lazily, and closed
 * on A when the browser leaves B midway.
 */
class DownloadRelayTest {

  private static final long MB = 1024 * 1024;
  private static ClusterMembers cluster;
  private static WeftVerticle a;
  private static WeftVerticle b;
  private static WebClient web;
  private static HttpClient http;
  @TempDir
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    cluster = ClusterMembers.start(2);
    Map<String, Object> apps = Map.of("/", (dev.weft.App) page -> page.add(new Text("hi")));
    a = new WeftVerticle(WeftTestServer.config(), apps);
    b = new WeftVerticle(WeftTestServer.config(), apps);
    await(cluster.get(0).deployVerticle(a));
    await(cluster.get(1).deployVerticle(b));
    Vertx client = cluster.get(1);
    web = WebClient.create(client);
    http = client.createHttpClient();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A download a session of A asks for: its path below B's (or A's) root. */
  private static String issueOnA(DownloadSource source, String name, String type) {
    Weft weft = a.weft();
    String url = weft.downloads().issue("/", "s1", source, name, type);
    assertThat(url).startsWith("download/" + weft.downloadHome().id() + ".");
    return "/" + url;
  }

  private static HttpResponse<Buffer> get(WeftVerticle at, String path) {
    return await(web.get(at.actualPort(), "127.0.0.1", path).send());
  }

  private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    Eventually.until(what, Duration.ofSeconds(20), condition);
  }

  @Test
  void bytesOfASessionOnAComeThroughBOnce() {
    String path = issueOnA(new DownloadSource.Bytes("a,b\n".getBytes()), "r é.csv", "text/csv");
    HttpResponse<Buffer> r = get(b, path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.bodyAsString()).isEqualTo("a,b\n");
    assertThat(r.getHeader("Content-Type")).isEqualTo("text/csv");
    assertThat(r.getHeader("Content-Length")).isEqualTo("4");
    assertThat(r.getHeader("Content-Disposition")).isEqualTo(
        "attachment; filename=\"r e.csv\"; filename*=UTF-8''r%20%C3%A9.csv");
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(get(b, path).statusCode()).isEqualTo(404);
    assertThat(get(a, path).statusCode()).as("used up at its home").isEqualTo(404);
  }

  @Test
  void aFileComesThroughWhole() throws Exception {
    byte[] content = new byte[(int) (3 * MB + 7)];
    new Random(3).nextBytes(content);
    Path file = dir.resolve("f.bin");
    Files.write(file, content);
    HttpResponse<Buffer> r = get(b, issueOnA(new DownloadSource.File(file), "f.bin", null));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Length")).isEqualTo(Long.toString(content.length));
    assertThat(GeneratedStream.sha256(r.body().getBytes())).isEqualTo(GeneratedStream.sha256(content));
  }

  @Test
  void headThroughBLeavesTheTokenForTheGet() throws Exception {
    byte[] content = new byte[1000];
    Path file = dir.resolve("h.bin");
    Files.write(file, content);
    String path = issueOnA(new DownloadSource.File(file), "h.bin", "application/pdf");
    HttpResponse<Buffer> head = await(web.head(b.actualPort(), "127.0.0.1", path).send());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.getHeader("Content-Length")).isEqualTo("1000");
    assertThat(head.getHeader("Content-Type")).isEqualTo("application/pdf");
    assertThat(get(b, path).body().length()).isEqualTo(1000);
  }

  @Test
  void aLargeStreamIsPulledAsTheBrowserTakesIt() throws Exception {
    long size = 40 * MB;
    GeneratedStream stream = new GeneratedStream(size);
    String path = issueOnA(new DownloadSource.Stream(() -> stream), "big.bin", null);
    HttpClientResponse response = await(http.request(HttpMethod.GET, b.actualPort(), "127.0.0.1", path)
        .compose(req -> req.send()).map(resp -> resp.pause()));
    assertThat(response.statusCode()).isEqualTo(200);
    Thread.sleep(1000);
    assertThat(stream.read.get()).as("read on A ahead of a paused browser on B").isLessThan(16 * MB);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    AtomicLong received = new AtomicLong();
    Promise<Void> ended = Promise.promise();
    response.handler(buf -> {
      md.update(buf.getBytes());
      received.addAndGet(buf.length());
    });
    response.endHandler(v -> ended.complete());
    response.exceptionHandler(ended::tryFail);
    response.resume();
    await(ended.future());
    assertThat(received.get()).isEqualTo(size);
    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(GeneratedStream.sha256(size));
    eventually("the stream closed on A", stream.closed::get);
    eventually("A forgot the relayed download", () -> a.weft().downloadHome().inProgress() == 0);
  }

  @Test
  void aBrowserLeavingBMidwayClosesTheStreamOnA() throws Exception {
    GeneratedStream stream = new GeneratedStream(500 * MB);
    String path = issueOnA(new DownloadSource.Stream(() -> stream), "big.bin", null);
    Promise<Void> gotSome = Promise.promise();
    AtomicLong received = new AtomicLong();
    HttpClientResponse response = await(http.request(HttpMethod.GET, b.actualPort(), "127.0.0.1", path)
        .compose(req -> req.send()).map(resp -> resp.handler(buf -> {
          if (received.addAndGet(buf.length()) > MB) {
            gotSome.tryComplete();
          }
        })));
    await(gotSome.future());
    await(response.request().connection().close());
    eventually("the stream closed on A", stream.closed::get);
    eventually("A forgot the relayed download", () -> a.weft().downloadHome().inProgress() == 0);
    assertThat(stream.read.get()).isLessThan(400 * MB);
  }

  @Test
  void aFailingOpenerOnAIs500OnB() {
    String path = issueOnA(new DownloadSource.Stream(() -> {
      throw new java.io.IOException("no report");
    }), "r.csv", null);
    HttpResponse<Buffer> r = get(b, path);
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.bodyAsString()).contains("cannot be read");
  }

  @Test
  void aTokenOfAGoneInstanceIs503() {
    HttpResponse<Buffer> r = get(b, "/download/noSuchHome.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.bodyAsString()).contains("gone");
  }
}
