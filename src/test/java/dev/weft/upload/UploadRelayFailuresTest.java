package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Eventually;
import dev.weft.cluster.ClusterMembers;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the uploader is told when the session's home instance is gone, fails mid-way or refuses,
 * and what the home does with an upload whose relay falls silent. One clustered member serves the
 * endpoint; the homes it streams to are stand-ins on the event bus, each misbehaving in one way.
 */
class UploadRelayFailuresTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  static Path dirs;
  private static ClusterMembers cluster;
  private static Vertx member;
  private static WeftVerticle weft;
  private static HttpClient http;
  private static byte[] clusterKey;

  @BeforeAll
  static void start() throws Exception {
    cluster = ClusterMembers.start(1);
    member = cluster.get(0);
    weft = new WeftVerticle(WeftTestServer.config("upload.dir", dirs.resolve("endpoint").toString()),
        Map.<String, Object>of("/", (dev.weft.App) page -> page.add(new Text("hi"))));
    await(member.deployVerticle(weft));
    clusterKey = await(ClusterKey.agree(member)); // the key the Weft adopted: the first offer won
    http = member.createHttpClient();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** A URL signed with the cluster's key, naming {@code home} as its session's home. */
  private static String urlFor(String home) {
    UploadUrls urls = UploadUrls.create("", 1_000_000, Duration.ofMinutes(1), Clock.systemUTC(), home);
    urls.adopt(clusterKey);
    return "http://127.0.0.1:" + weft.actualPort() + "/" + urls.issue("/", "s1", "a.bin");
  }

  @Test
  void aHomeThatIsGoneIs503() {
    JsonObject[] answer = put(urlFor("noSuchHome"), 300_000);
    assertThat(answer[0].getInteger("status")).isEqualTo(503);
    assertThat(answer[1].getString("error")).isEqualTo("upload_home_unavailable");
  }

  @Test
  void aHomeThatFailsMidWayIs502AndIsToldToDropTheRest() throws Exception {
    List<String> ops = new java.util.concurrent.CopyOnWriteArrayList<>();
    var consumer = member.eventBus().<Object>consumer(UploadHome.address("brokenHome"), m -> {
      String op = m.headers().get(UploadHome.OP);
      ops.add(op);
      switch (op) {
        case "open" -> m.reply(new JsonObject().put(UploadHome.UPLOAD, "u1"));
        case "chunk" -> m.fail(500, "the disk is on fire");
        default -> { } // abort: nothing to answer
      }
    });
    await(consumer.completion());
    try {
      JsonObject[] answer = put(urlFor("brokenHome"), 300_000);
      assertThat(answer[0].getInteger("status")).isEqualTo(502);
      assertThat(answer[1].getString("error")).isEqualTo("upload_relay_failed");
      eventually("the home is told to give up", () -> ops.contains("abort"));
      assertThat(ops).doesNotContain("end");
    } finally {
      await(consumer.unregister());
    }
  }

  @Test
  void aRefusalFromTheHomeReachesTheUploaderUnchanged() throws Exception {
    JsonObject refusal = new JsonObject().put("error", "upload_no_space").put("message", "Disk full.");
    var consumer = member.eventBus().<Object>consumer(UploadHome.address("fullHome"),
        m -> m.reply(new JsonObject().put("status", 507).put("body", refusal)));
    await(consumer.completion());
    try {
      JsonObject[] answer = put(urlFor("fullHome"), 1000);
      assertThat(answer[0].getInteger("status")).isEqualTo(507);
      assertThat(answer[1]).isEqualTo(refusal);
    } finally {
      await(consumer.unregister());
    }
  }

  @Test
  void anUploadWhoseRelayFallsSilentIsRemovedByTheHome() throws Exception {
    Path dir = dirs.resolve("home");
    UploadHome home = UploadHome.create(member, UploadStore.create(member, dir),
        upload -> Future.succeededFuture(), Duration.ofMillis(300));
    await(home.start());
    String address = UploadHome.address(home.id());
    JsonObject grant = new JsonObject().put("scope", "/").put("session", "s1").put("file", "a.bin")
        .put("maxSize", 1000).put("expiresAt", Long.MAX_VALUE);
    Message<JsonObject> opened = await(member.eventBus().request(address, grant,
        new DeliveryOptions().addHeader(UploadHome.OP, "open")));
    String upload = opened.body().getString(UploadHome.UPLOAD);
    await(member.eventBus().request(address, Buffer.buffer("half a file"), new DeliveryOptions()
        .addHeader(UploadHome.OP, "chunk").addHeader(UploadHome.UPLOAD, upload)
        .addHeader(UploadHome.OFFSET, "0")));
    assertThat(home.inProgress()).isEqualTo(1);
    assertThat(files(dir.resolve(UploadStore.TEMP_DIR))).hasSize(1);
    eventually("the quiet upload is given up", () -> home.inProgress() == 0);
    eventually("its temporary file is removed", () -> files(dir.resolve(UploadStore.TEMP_DIR)).isEmpty());
    Message<JsonObject> late = await(member.eventBus().request(address, new JsonObject(),
        new DeliveryOptions().addHeader(UploadHome.OP, "end").addHeader(UploadHome.UPLOAD, upload)
            .addHeader(UploadHome.OFFSET, "11")));
    assertThat(late.body().getInteger("status")).as("a relay that wakes up later").isEqualTo(502);
    await(home.close());
  }

  /** PUTs {@code size} bytes; the status (as {@code {"status":…}}) and the JSON body. */
  private static JsonObject[] put(String url, int size) {
    return await(http.request(new RequestOptions().setMethod(HttpMethod.PUT).setAbsoluteURI(url))
        .compose(request -> request.send(Buffer.buffer(new byte[size])))
        .compose(response -> response.body().map(body -> new JsonObject[] {
            new JsonObject().put("status", response.statusCode()), body.toJsonObject()})));
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      return List.of(dir);
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("no result within " + WAIT, e);
    }
  }

  private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    Eventually.until(what, WAIT, condition);
  }
}
