package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.UploadedFile;
import dev.weft.ui.controls.Text;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One session's uploads running at once, through a whole Weft: eight 5 MB {@code PUT}s in
 * parallel all arrive byte-identical (SHA-256 of what was sent against the stored file), and each
 * reaches {@code page.onUpload} exactly once; eight at once under one name are eight files, none
 * overwriting another.
 */
class UploadsInParallelTest {

  private static final int UPLOADS = 8;
  private static final long SIZE = 5L * 1024 * 1024;
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path uploads;
  private WeftTestServer server;
  private WeftTestClient client;
  private final List<UploadedFile> heard = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> heardByName = new ConcurrentHashMap<>();

  @BeforeEach
  void start() {
    server = WeftTestServer.start(WeftTestServer.config("upload.dir", uploads.toString(),
            "upload.maxSize", SIZE),
        Map.<String, Object>of("/", (dev.weft.App) page -> {
          page.add(new Text("ready"));
          page.onUpload(file -> {
            heard.add(file);
            heardByName.computeIfAbsent(file.name(), n -> new AtomicInteger()).incrementAndGet();
          });
        }));
    client = WeftTestClient.connect(server.url());
    client.awaitText("ready", WAIT);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void eightUploadsAtOnceAllArriveWholeAndAreHeardOnce() throws Exception {
    List<String> names = IntStream.range(0, UPLOADS).mapToObj(i -> "file-" + i + ".bin").toList();
    Map<String, String> sent = putAll(names); // stored name -> SHA-256 sent
    assertThat(sent.keySet()).containsExactlyInAnyOrderElementsOf(names);
    assertStoredAndHeardOnce(sent);
  }

  @Test
  void eightUploadsOfOneNameAtOnceAreEightFiles() throws Exception {
    List<String> names = IntStream.range(0, UPLOADS).mapToObj(i -> "same.bin").toList();
    Map<String, String> sent = putAll(names);
    assertThat(sent.keySet()).as("the first keeps the name, the others are numbered")
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, UPLOADS)
            .mapToObj(n -> FileNames.numbered("same.bin", n)).toList());
    assertThat(sent.values()).as("eight different bodies").doesNotHaveDuplicates();
    assertStoredAndHeardOnce(sent);
  }

  /** PUTs a different generated body to a URL for each name, all at once; stored name -> hash sent. */
  private Map<String, String> putAll(List<String> names) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<Map.Entry<String, String>>> all = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < names.size(); i++) {
      GeneratedBody body = new GeneratedBody(i + 1, SIZE);
      String url = server.url("/" + server.weft().uploadUrls().issue("/", client.sessionId(), names.get(i)));
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(WAIT)
          .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), SIZE))
          .build();
      all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String stored = new io.vertx.core.json.JsonObject(response.body()).getString("file");
        return Map.entry(stored, body.sha256());
      }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    System.out.printf("[uploads] %d x %d MB at once: %d ms%n", names.size(), SIZE >> 20,
        (System.nanoTime() - started) / 1_000_000);
    return all.stream().map(CompletableFuture::join)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private void assertStoredAndHeardOnce(Map<String, String> sent) throws Exception {
    Path folder = uploads.resolve(client.sessionId());
    for (Map.Entry<String, String> file : sent.entrySet()) {
      Path stored = folder.resolve(file.getKey());
      assertThat(Files.size(stored)).as(file.getKey()).isEqualTo(SIZE);
      assertThat(GeneratedBody.sha256Of(stored)).as(file.getKey()).isEqualTo(file.getValue());
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.count()).isEqualTo(sent.size());
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (heard.size() < sent.size() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200); // a second notice of any file would come now
    assertThat(heard).hasSize(sent.size());
    assertThat(heardByName.keySet()).containsExactlyInAnyOrderElementsOf(sent.keySet());
    assertThat(heardByName.values()).allMatch(count -> count.get() == 1);
    assertThat(heard).allMatch(f -> f.size() == SIZE && f.path().equals(folder.resolve(f.name())));
    assertThat(EndpointHost.files(uploads.resolve(UploadStore.TEMP_DIR))).isEmpty();
    client.assertNoFailures();
  }
}
