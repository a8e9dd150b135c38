package dev.weft.upload;

import dev.weft.Eventually;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * An upload endpoint on its own, in one Vert.x, with two upload homes on its event bus: "here"
 * (the endpoint's own instance, keeping bodies in {@code here}) and "away" (another instance's
 * home, keeping them in {@code away}). A URL naming no home is kept by the endpoint; one naming
 * the away home is relayed to it exactly as across a cluster ({@link UploadRelay}), minus the
 * network. Every stored file reaches {@link #stored}.
 */
final class EndpointHost implements AutoCloseable {

  static final String SECRET = "a test secret of some length";
  static final Duration WAIT = Duration.ofSeconds(20);

  final Vertx vertx = Vertx.vertx();
  final Path here;
  final Path away;
  final UploadStore hereStore;
  final UploadStore awayStore;
  final UploadHome awayHome;
  final List<StoredUpload> stored = Collections.synchronizedList(new ArrayList<>());
  private final long maxSize;
  private final HttpServer server;
  private final HttpClient http;

  /** {@code opener} opens both stores' temporary files; null for the real one. */
  EndpointHost(Path here, Path away, long maxSize, UploadStore.Opener opener) {
    this(here, away, maxSize, opener, UploadEndpoint.DEFAULT_IDLE_TIMEOUT);
  }

  /** ... with a body that must bring 1 KiB every {@code idleTimeout}. */
  EndpointHost(Path here, Path away, long maxSize, UploadStore.Opener opener, Duration idleTimeout) {
    this.here = here;
    this.away = away;
    this.maxSize = maxSize;
    hereStore = opener == null ? UploadStore.create(vertx, here) : UploadStore.create(vertx, here, opener);
    awayStore = opener == null ? UploadStore.create(vertx, away) : UploadStore.create(vertx, away, opener);
    UploadListener listener = upload -> {
      stored.add(upload);
      return Future.succeededFuture();
    };
    UploadHome hereHome = UploadHome.create(vertx, hereStore, listener);
    awayHome = UploadHome.create(vertx, awayStore, listener);
    await(hereHome.start());
    await(awayHome.start());
    Router router = Router.router(vertx);
    router.route("/upload").handler(UploadEndpoint.create(UploadUrls.create(SECRET, maxSize,
        Duration.ofMinutes(1)), hereStore, "/", listener, hereHome).idleTimeout(idleTimeout));
    server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    http = vertx.createHttpClient();
  }

  /** A signed URL for {@code name} in {@code session}'s folder, kept here or relayed away. */
  String url(boolean relayed, String session, String name, long limit) {
    UploadUrls urls = UploadUrls.create(SECRET, maxSize, Duration.ofMinutes(1), Clock.systemUTC(),
        relayed ? awayHome.id() : "");
    return "/" + urls.issue("/", session, name, limit, Duration.ofMinutes(1));
  }

  int port() {
    return server.actualPort();
  }

  /** The folder a relayed or local upload lands in. */
  Path root(boolean relayed) {
    return relayed ? away : here;
  }

  /** The status and JSON body of an answer. */
  record Answer(int status, JsonObject body) {
    String error() {
      return body.getString("error");
    }
  }

  /**
   * PUTs {@code size} bytes of {@link #byteAt} — with a {@code Content-Length}, or chunked — as
   * fast as the connection takes them; the answer may come before the body is all sent.
   */
  Answer put(String path, long size, boolean chunked) {
    return await(http.request(new RequestOptions().setMethod(HttpMethod.PUT).setHost("127.0.0.1")
            .setPort(port()).setURI(path))
        .compose(request -> {
          if (chunked) {
            request.setChunked(true);
          } else {
            request.putHeader("Content-Length", Long.toString(size));
          }
          Future<Answer> answer = request.response()
              .compose(r -> r.body().map(b -> new Answer(r.statusCode(),
                  b.length() == 0 ? new JsonObject() : b.toJsonObject())));
          send(request, 0, size, Promise.promise());
          return answer;
        }));
  }

  private static final int BLOCK = 64 * 1024;

  private void send(HttpClientRequest request, long from, long size, Promise<Void> done) {
    long at = from;
    while (at < size && !request.writeQueueFull()) {
      int n = (int) Math.min(BLOCK, size - at);
      Buffer chunk = Buffer.buffer(n);
      for (int i = 0; i < n; i++) {
        chunk.appendByte(byteAt(at + i));
      }
      request.write(chunk);
      at += n;
    }
    if (at >= size) {
      request.end();
      return;
    }
    long next = at;
    request.drainHandler(v -> send(request, next, size, done));
  }

  /** The body's byte at {@code offset}: not a repeating pattern of any short period. */
  static byte byteAt(long offset) {
    long x = offset * 0x9E3779B97F4A7C15L;
    return (byte) (x >>> 56 ^ offset >>> 11);
  }

  /** Every regular file under {@code dir} (temporary ones included). */
  static List<Path> files(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void eventually(String what, BooleanSupplier condition) {
    Eventually.until(what, WAIT, condition);
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    await(vertx.close());
  }
}
