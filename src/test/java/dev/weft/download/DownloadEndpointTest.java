package dev.weft.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Eventually;
import dev.weft.ui.DownloadSource;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download endpoint over real HTTP: what a browser gets for each kind of source and token. */
class DownloadEndpointTest {

  private static final long MB = 1024 * 1024;
  private static Vertx vertx;
  private static DownloadsTest.MutableClock clock;
  private static Downloads downloads;
  private static HttpServer server;
  private static WebClient web;
  private static HttpClient http;
  @TempDir
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    clock = new DownloadsTest.MutableClock();
    downloads = Downloads.create(vertx, Duration.ofMinutes(5), clock);
    Router router = Router.router(vertx);
    router.route("/app/download/:token").handler(DownloadEndpoint.create(downloads, "/app/", null));
    server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    web = WebClient.create(vertx);
    http = vertx.createHttpClient();
  }

  @AfterAll
  static void stop() {
    await(vertx.close());
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String issue(DownloadSource source, String name, String type) {
    return "/app/" + downloads.issue("/app/", "s1", source, name, type);
  }

  private static HttpResponse<Buffer> get(String path) {
    return await(web.get(server.actualPort(), "127.0.0.1", path).send());
  }

  private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    Eventually.until(what, Duration.ofSeconds(10), condition);
  }

  @Test
  void bytesComeWithTheirHeaders() {
    String url = issue(new DownloadSource.Bytes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
        "Résumé \"q\".csv", "text/csv");
    HttpResponse<Buffer> r = get(url);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.bodyAsString()).isEqualTo("a,b\n1,2\n");
    assertThat(r.getHeader("Content-Type")).isEqualTo("text/csv");
    assertThat(r.getHeader("Content-Length")).isEqualTo("8");
    assertThat(r.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"Resume _q_.csv\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20_q_.csv");
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aTokenWorksOnce() {
    String url = issue(new DownloadSource.Bytes(new byte[] {42}), "x.bin", null);
    HttpResponse<Buffer> first = get(url);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.getHeader("Content-Type")).isEqualTo("application/octet-stream");
    HttpResponse<Buffer> second = get(url);
    assertThat(second.statusCode()).isEqualTo(404);
    assertThat(second.getHeader("Content-Type")).startsWith("text/plain");
    assertThat(second.bodyAsString()).contains("already used");
  }

  @Test
  void unknownAndMalformedTokensAre404() {
    assertThat(get("/app/download/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
    assertThat(get("/app/download/..%2F..%2Fetc").statusCode()).isEqualTo(404);
    assertThat(get("/app/download/x").bodyAsString()).contains("unknown");
  }

  @Test
  void anExpiredTokenIs410() {
    String url = issue(new DownloadSource.Bytes(new byte[] {1}), "x.bin", null);
    clock.advance(Duration.ofMinutes(6));
    HttpResponse<Buffer> r = get(url);
    assertThat(r.statusCode()).isEqualTo(410);
    assertThat(r.bodyAsString()).contains("expired");
  }

  @Test
  void headTellsWithoutUsingTheToken() throws Exception {
    Path file = dir.resolve("head.bin");
    Files.write(file, new byte[12345]);
    String url = issue(new DownloadSource.File(file), "head.bin", "application/pdf");
    HttpResponse<Buffer> head = await(web.head(server.actualPort(), "127.0.0.1", url).send());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.getHeader("Content-Length")).isEqualTo("12345");
    assertThat(head.getHeader("Content-Type")).isEqualTo("application/pdf");
    assertThat(head.getHeader("Content-Disposition")).contains("head.bin");
    assertThat(head.body()).isNull();
    HttpResponse<Buffer> r = get(url);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().length()).isEqualTo(12345);
  }

  @Test
  void otherMethodsAre405() {
    String url = issue(new DownloadSource.Bytes(new byte[] {1}), "x.bin", null);
    HttpResponse<Buffer> r = await(web.post(server.actualPort(), "127.0.0.1", url).send());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.getHeader("Allow")).isEqualTo("GET, HEAD");
    assertThat(get(url).statusCode()).isEqualTo(200); // a refused POST used nothing up
  }

  @Test
  void aFileOfSeveralMegabytesArrivesWhole() throws Exception {
    byte[] content = new byte[(int) (5 * MB + 123)];
    new Random(7).nextBytes(content);
    Path file = dir.resolve("big.bin");
    Files.write(file, content);
    HttpResponse<Buffer> r = get(issue(new DownloadSource.File(file), "big.bin", null));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Length")).isEqualTo(Long.toString(content.length));
    assertThat(GeneratedStream.sha256(r.body().getBytes())).isEqualTo(GeneratedStream.sha256(content));
  }

  @Test
  void aMissingFileIs500() {
    HttpResponse<Buffer> r = get(issue(new DownloadSource.File(dir.resolve("gone.bin")), "gone.bin", null));
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.bodyAsString()).contains("cannot be read");
    assertThat(r.getHeader("Content-Disposition")).isNull();
  }

  @Test
  void anOpenerThatThrowsIs500() {
    HttpResponse<Buffer> r = get(issue(new DownloadSource.Stream(() -> {
      throw new IOException("no such report");
    }), "r.csv", null));
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.bodyAsString()).contains("cannot be read");
  }

  @Test
  void aStreamFailingBeforeItsFirstByteIs500() throws Exception {
    GeneratedStream stream = new GeneratedStream(10 * MB, 0);
    HttpResponse<Buffer> r = get(issue(new DownloadSource.Stream(() -> stream), "r.bin", null));
    assertThat(r.statusCode()).isEqualTo(500);
    eventually("the stream closed", stream.closed::get);
  }

  @Test
  void aStreamFailingMidwayCutsTheConnection() throws Exception {
    GeneratedStream stream = new GeneratedStream(10 * MB, 3 * MB);
    Future<HttpResponse<Buffer>> r = web.get(server.actualPort(), "127.0.0.1",
        issue(new DownloadSource.Stream(() -> stream), "r.bin", null)).send();
    Throwable failure = await(r.transform(ar -> Future.succeededFuture(ar.cause())));
    assertThat(failure).as("a short download must not look complete").isNotNull();
    eventually("the stream closed", stream.closed::get);
  }

  @Test
  void aLargeStreamIsReadAsTheBrowserTakesIt() throws Exception {
    long size = 50 * MB;
    GeneratedStream stream = new GeneratedStream(size);
    String url = issue(new DownloadSource.Stream(() -> stream), "big.bin", "application/x-test");
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    AtomicLong received = new AtomicLong();
    Promise<Void> ended = Promise.promise();
    HttpClientResponse response = await(http.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", url)
        .compose(req -> req.send()).map(resp -> resp.pause())); // on its event loop, before any data
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Length")).isNull();
    assertThat(response.getHeader("Transfer-Encoding")).isEqualTo("chunked");
    Thread.sleep(1000); // a browser that takes nothing: the server must stop reading
    long readWhilePaused = stream.read.get();
    assertThat(readWhilePaused).as("read ahead of a paused browser").isLessThan(16 * MB);
    response.handler(b -> {
      md.update(b.getBytes());
      received.addAndGet(b.length());
    });
    response.endHandler(v -> ended.complete());
    response.exceptionHandler(ended::tryFail);
    response.resume();
    await(ended.future());
    assertThat(received.get()).isEqualTo(size);
    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(GeneratedStream.sha256(size));
    eventually("the stream closed", stream.closed::get);
  }

  @Test
  void aBrowserLeavingMidwayClosesTheStream() throws Exception {
    GeneratedStream stream = new GeneratedStream(200 * MB);
    String url = issue(new DownloadSource.Stream(() -> stream), "big.bin", null);
    Promise<Void> gotSome = Promise.promise();
    HttpClientResponse response = await(http.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", url)
        .compose(req -> req.send()));
    AtomicLong received = new AtomicLong();
    response.handler(b -> {
      if (received.addAndGet(b.length()) > MB) {
        gotSome.tryComplete();
      }
    });
    await(gotSome.future());
    await(response.request().connection().close());
    eventually("the stream closed", stream.closed::get);
    assertThat(stream.read.get()).isLessThan(100 * MB);
  }

  @Test
  void aFileSourceIsSentWithSendFile() throws Exception {
    // and the token of a missing file is used up like any other
    Path file = dir.resolve("small.txt");
    Files.writeString(file, "hello");
    String url = issue(new DownloadSource.File(file), "small.txt", "text/plain; charset=utf-8");
    HttpResponse<Buffer> r = get(url);
    assertThat(r.bodyAsString()).isEqualTo("hello");
    assertThat(r.getHeader("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(get(url).statusCode()).isEqualTo(404);
  }
}
