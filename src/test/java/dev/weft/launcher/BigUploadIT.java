package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.session.SessionToken;
import dev.weft.upload.GeneratedBody;
import dev.weft.upload.UploadUrls;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Big files in small memory (issue 11): a 1 GiB upload into the packaged jar started with
 * {@code -Xmx256m} arrives byte-identical — the SHA-256 of the body, computed while it is made up
 * (nothing is written on the client's side), equals that of the stored file — and the server's
 * temporary file is seen growing all the way. Meanwhile the server's heap is read from its
 * {@code /metrics}: the peak of all heap pools (which counts garbage not yet collected) and of
 * the old generation (what survives young collections, so what an upload would hold on to). It
 * prints the figures: time, MB/s, heap peaks, GCs, the hashes.
 *
 * <p>In the suite (about 15 s here: the jar's start, 1 GiB over loopback, hashing it twice): it
 * is the one test of the guarantee, and it writes 1 GiB to {@code target/} and deletes it.
 */
class BigUploadIT {

  private static final long SIZE = 1L << 30;
  private static final String SECRET = "big upload test secret, long enough";
  private static final Duration UPLOAD_PATIENCE = Duration.ofMinutes(3);

  private Path uploads;

  @AfterEach
  void removeTheGigabyte() throws IOException {
    if (uploads != null && Files.exists(uploads)) {
      try (Stream<Path> walk = Files.walk(uploads)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aGigabyteArrivesWholeInAServerWith256MbOfHeap() throws Exception {
    Path build = Path.of(System.getProperty("weft.buildDir", "target"));
    uploads = Files.createTempDirectory(Files.createDirectories(build), "big-upload-");
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(List.of("-Xmx256m"), uploads, Map.of(
            "WEFT_UPLOAD_DIR", uploads.resolve("files").toString(),
            "WEFT_UPLOAD_MAX_SIZE", Long.toString(SIZE),
            "WEFT_UPLOAD_SECRET", SECRET),
        "--port", String.valueOf(port))) {
      jar.awaitOk("http://127.0.0.1:" + port + "/");
      uploadInto(jar, port);
    }
  }

  private void uploadInto(JarProcess jar, int port) throws Exception {
    try (RawSession session = RawSession.connect(port, "/")) { // the session the file is for, open throughout
      // render gives the browser its token, <id>.<secret>; upload URLs name the session by its id
      String sessionId = SessionToken.parse(session.register("/").getString("session")).id();
      String url = "http://127.0.0.1:" + port + "/" + UploadUrls.create(SECRET, SIZE, Duration.ofMinutes(10))
          .issue("/", sessionId, "big.bin", SIZE, Duration.ofMinutes(10));

      Sampler sampler = new Sampler(port, uploads.resolve("files").resolve(".tmp"));
      GeneratedBody body = new GeneratedBody(42, SIZE);
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(UPLOAD_PATIENCE)
          .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), SIZE))
          .build();
      Thread sampling = new Thread(sampler::sampleHeap, "heap sampler");
      sampling.setDaemon(true);
      sampling.start();
      Thread watching = new Thread(sampler::watchProgress, "progress sampler");
      watching.setDaemon(true);
      watching.start();
      long started = System.nanoTime();
      HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(request, HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.stop.set(true);
      sampling.join(5_000);
      watching.join(5_000);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(new JsonObject(response.body())).isEqualTo(new JsonObject().put("file", "big.bin").put("size", SIZE));
      Path stored = uploads.resolve("files").resolve(sessionId).resolve("big.bin");
      assertThat(Files.size(stored)).isEqualTo(SIZE);
      String sent = body.sha256();
      long hashing = System.nanoTime();
      String kept = GeneratedBody.sha256Of(stored);
      double hashSeconds = (System.nanoTime() - hashing) / 1e9;

      System.out.printf("[upload 1 GiB] -Xmx256m server: %.1f s, %.0f MB/s (%.0f MiB/s); heap peak %.1f MB "
              + "(all pools, garbage included), old generation peak %.1f MB, heap committed peak %.1f MB; "
              + "%d GCs; SHA-256 sent %s, stored %s: %s (stored file hashed in %.1f s)%n",
          seconds, SIZE / seconds / 1e6, SIZE / seconds / (1 << 20), sampler.heapPeak / 1e6, sampler.oldPeak / 1e6,
          sampler.committedPeak / 1e6, sampler.gcs, sent, kept, sent.equals(kept) ? "equal" : "DIFFERENT", hashSeconds);
      System.out.println("[upload 1 GiB] the temporary file's size over time (ms: MiB), " + sampler.progress.size()
          + " sizes seen: " + sampler.progress);
      assertThat(kept).as("SHA-256 of the stored file").isEqualTo(sent);

      // progress: the temporary file was seen growing, from early on to near the end
      List<Long> sizes = sampler.progress.stream().map(p -> p[1]).toList();
      assertThat(sizes).as("sizes of the temporary file seen").isSorted();
      assertThat(sizes).as("sizes seen growing").doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(5);
      assertThat(sizes.get(0)).as("seen early").isLessThan(SIZE / 4);
      assertThat(sizes.get(sizes.size() - 1)).as("seen late").isGreaterThan(SIZE * 3 / 4);
      // memory: nothing accumulates; a body is never held
      assertThat(sampler.samples).as("heap samples").isGreaterThanOrEqualTo(5);
      assertThat(sampler.oldPeak).as("old generation peak, bytes").isLessThan(96L << 20);
      assertThat(jar.isAlive()).isTrue();
      assertThat(jar.output()).doesNotContain("OutOfMemoryError");
    }
  }

  /** Reads the server's heap from /metrics every 100 ms, and the temporary file's size every 25 ms. */
  private static final class Sampler {

    final AtomicBoolean stop = new AtomicBoolean();
    final List<long[]> progress = new java.util.concurrent.CopyOnWriteArrayList<>() {
      @Override
      public String toString() {
        StringBuilder sb = new StringBuilder(); // about 40 of them, evenly spread, and the last
        int step = Math.max(1, size() / 40);
        for (int i = 0; i < size(); i++) {
          if (i % step == 0 || i == size() - 1) {
            sb.append(sb.length() == 0 ? "" : ", ").append(get(i)[0]).append(": ").append(get(i)[1] >> 20);
          }
        }
        return sb.toString();
      }
    };
    private final HttpRequest metrics;
    private final Path temp;
    private final HttpClient http = HttpClient.newHttpClient();
    volatile long heapPeak;
    volatile long oldPeak;
    volatile long committedPeak;
    volatile int samples;
    volatile long gcs;
    private long gcsBefore = -1;

    Sampler(int port, Path temp) {
      this.metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
          .timeout(Duration.ofSeconds(5)).build();
      this.temp = temp;
    }

    void sampleHeap() {
      while (!stop.get()) {
        try {
          sampleHeapOnce();
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        } catch (IOException e) {
          // a sample missed: the next one counts
        }
      }
    }

    void watchProgress() {
      long started = System.nanoTime();
      long last = 0;
      while (!stop.get()) {
        try {
          long size = tempFileSize();
          if (size > 0 && size != last) {
            progress.add(new long[] {(System.nanoTime() - started) / 1_000_000, size});
            last = size;
          }
          Thread.sleep(25);
        } catch (InterruptedException e) {
          return;
        } catch (IOException e) {
          // the file moved into place meanwhile
        }
      }
    }

    private void sampleHeapOnce() throws IOException, InterruptedException {
      String text = http.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
      long used = 0;
      long committed = 0;
      long gcCount = 0;
      for (String line : text.split("\n")) {
        if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
          long v = value(line);
          used += v;
          if (line.contains("Old Gen")) {
            oldPeak = Math.max(oldPeak, v);
          }
        } else if (line.startsWith("jvm_memory_committed_bytes{area=\"heap\"")) {
          committed += value(line);
        } else if (line.startsWith("jvm_gc_pause_seconds_count{")) {
          gcCount += value(line);
        }
      }
      heapPeak = Math.max(heapPeak, used);
      committedPeak = Math.max(committedPeak, committed);
      if (gcsBefore < 0) {
        gcsBefore = gcCount;
      }
      gcs = gcCount - gcsBefore;
      samples++;
    }

    private static long value(String line) {
      return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private long tempFileSize() throws IOException {
      if (!Files.isDirectory(temp)) {
        return 0;
      }
      try (Stream<Path> files = Files.list(temp)) {
        return files.mapToLong(p -> {
          try {
            return Files.size(p);
          } catch (IOException e) {
            return 0; // moved into place meanwhile
          }
        }).sum();
      }
    }
  }
}
