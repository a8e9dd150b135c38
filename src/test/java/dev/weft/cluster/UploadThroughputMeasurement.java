package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import dev.weft.upload.UploadRelayFigures;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of the default suite (the name matches no surefire pattern): a 256 MB upload to the
 * session's own instance and the same through the other instance (one clustered event-bus hop),
 * printing MB/s and the heap retained during each. Run with
 * {@code mvn -B test -Dtest=UploadThroughputMeasurement}. The client and both members share one
 * JVM and two cores, so read the ratio, not the absolute figures.
 */
class UploadThroughputMeasurement {

  private static final long SIZE = Long.getLong("weft.uploadBench.mb", 256) * 1024 * 1024;
  private static final int ROUNDS = Integer.getInteger("weft.uploadBench.rounds", 3);

  @TempDir
  Path dirs;

  @Test
  void localAndOneHopUploadThroughput() throws Exception {
    try (ClusterMembers cluster = ClusterMembers.start(2)) {
      WeftVerticle a = deploy(cluster.get(0), dirs.resolve("a"));
      WeftVerticle b = deploy(cluster.get(1), dirs.resolve("b"));
      Vertx clientVertx = Vertx.vertx();
      HttpClient http = clientVertx.createHttpClient();
      WeftTestClient client = WeftTestClient.connect("http://127.0.0.1:" + a.actualPort() + "/");
      try {
        String path = "/" + client.awaitControl(c -> "upload-url".equals(c.prop("key")),
            Duration.ofSeconds(20)).prop("value");
        Path stored = dirs.resolve("a").resolve(client.sessionId()).resolve("big.bin");
        StringBuilder report = new StringBuilder("\nUpload of " + SIZE / (1024 * 1024) + " MB, "
            + "relay chunk " + UploadRelayFigures.CHUNK / 1024 + " KiB, window " + UploadRelayFigures.WINDOW
            + " (round 1 warms up; the last round samples the heap, with a full GC twice a second):\n");
        String local = "http://127.0.0.1:" + a.actualPort() + path;
        String hop = "http://127.0.0.1:" + b.actualPort() + path;
        for (int round = 1; round <= ROUNDS + 1; round++) {
          boolean heap = round == ROUNDS + 1;
          Result l = upload(http, local, heap);
          assertThat(Files.size(stored)).isEqualTo(SIZE);
          Files.delete(stored);
          Result h = upload(http, hop, heap);
          assertThat(Files.size(stored)).isEqualTo(SIZE);
          Files.delete(stored);
          report.append(String.format("  round %d: local %.0f MB/s, one hop %.0f MB/s, hop/local %.2f",
              round, l.mbPerSecond(), h.mbPerSecond(), h.mbPerSecond() / l.mbPerSecond()));
          report.append(heap ? String.format("; heap retained: local +%.1f MB, one hop +%.1f MB%n",
              l.retainedMb(), h.retainedMb()) : "\n");
        }
        System.out.println(report);
      } finally {
        client.close();
        clientVertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static WeftVerticle deploy(Vertx member, Path uploads) throws Exception {
    WeftVerticle verticle = new WeftVerticle(WeftTestServer.config("upload.dir", uploads.toString(),
        "upload.maxSize", SIZE), Map.<String, Object>of("/", (dev.weft.App) page -> {
          page.add(new Text(page.uploadUrl("big.bin")).key("upload-url"));
          page.onUpload(file -> page.add(new Text("Received " + file.size())));
        }));
    member.deployVerticle(verticle).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    return verticle;
  }

  private record Result(double mbPerSecond, double retainedMb) {
  }

  /**
   * PUTs {@code SIZE} bytes, written as fast as the connection drains (one 1 MB buffer reused, so
   * the client holds no more); with {@code sampleHeap}, meanwhile the heap retained after a full
   * GC is sampled twice a second, and the largest sample is compared with the one before.
   */
  private static Result upload(HttpClient http, String url, boolean sampleHeap) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
        System.gc();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      }
    });
    byte[] block = new byte[1024 * 1024];
    new Random(1).nextBytes(block);
    Buffer chunk = Buffer.buffer(block);
    long start = System.nanoTime();
    if (sampleHeap) {
      sampler.start();
    }
    try {
      int status = http.request(new RequestOptions().setMethod(HttpMethod.PUT).setAbsoluteURI(url))
          .compose(request -> {
            request.putHeader("Content-Length", Long.toString(SIZE));
            Promise<Void> written = Promise.promise();
            pump(request, chunk, SIZE, written);
            return written.future().compose(v -> request.response());
          })
          .map(response -> response.statusCode())
          .toCompletionStage().toCompletableFuture().get(600, TimeUnit.SECONDS);
      assertThat(status).isEqualTo(200);
    } finally {
      sampler.interrupt();
      sampler.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(SIZE / (1024.0 * 1024.0) / seconds, (peak.get() - baseline) / (1024.0 * 1024.0));
  }

  /** Writes {@code left} bytes of {@code chunk}s, waiting for the connection to drain when full. */
  private static void pump(HttpClientRequest request, Buffer chunk, long left, Promise<Void> done) {
    long remaining = left;
    while (remaining > 0 && !request.writeQueueFull()) {
      int n = (int) Math.min(chunk.length(), remaining);
      request.write(n == chunk.length() ? chunk : chunk.getBuffer(0, n));
      remaining -= n;
    }
    if (remaining == 0) {
      request.end().onComplete(ar -> done.tryComplete());
      return;
    }
    long rest = remaining;
    request.drainHandler(v -> pump(request, chunk, rest, done));
  }
}
