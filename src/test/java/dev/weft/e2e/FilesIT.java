package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import dev.weft.examples.Files;
import dev.weft.testing.WeftTestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /files/ demo in Chromium with real files: "Pick files" opens the browser's file dialog on
 * the server's word (within the click's user activation: Playwright's file chooser only appears
 * if Chromium allowed it), the picked files upload at once, and each row ends with the SHA-256 the
 * server computed from the stored file, which must be the file's own. An upload over the limit
 * shows the server's 413 in its row and leaves nothing on disk; so does a cancelled one. The
 * server allows 4,000,000 bytes per upload here; a second one, for the 413, allows 100,000.
 *
 * <p>The file over the limit is far bigger than the socket buffers of localhost: the endpoint
 * refuses its {@code Content-Length} at once, and the browser, which sends its whole body before
 * it reads the answer, sees the 413 only because the endpoint reads and drops the rest.
 */
class FilesIT extends BrowserBase {

  private static final long MAX_SIZE = 4_000_000;
  private static final Pattern PROGRESS = Pattern.compile("\\\\\"kind\\\\\":\\\\\"progress\\\\\",\\\\\"progress\\\\\":([0-9.eE-]+)");

  @TempDir
  static Path uploads;
  @TempDir
  static Path local;
  private static final long SMALL_MAX_SIZE = 100_000;

  @TempDir
  static Path smallUploads;
  private static WeftTestServer weft;
  private static WeftTestServer smallWeft;

  @BeforeAll
  static void startDemo() {
    if (Browsers.skipped()) {
      return;
    }
    weft = WeftTestServer.start(WeftTestServer.config("upload.dir", uploads.toString(),
        "upload.maxSize", MAX_SIZE), Map.of("/files/", new Files()));
    smallWeft = WeftTestServer.start(WeftTestServer.config("upload.dir", smallUploads.toString(),
        "upload.maxSize", SMALL_MAX_SIZE), Map.of("/files/", new Files()));
  }

  @AfterAll
  static void stopDemo() {
    if (weft != null) {
      weft.close();
    }
    if (smallWeft != null) {
      smallWeft.close();
    }
  }

  @Test
  void twoPickedFilesUploadAndShowTheirSha256() throws Exception {
    Path small = write("notes.txt", "Weft uploads: the bytes on disk are the bytes picked.\n"
        .getBytes(StandardCharsets.UTF_8));
    Path big = write("photo.bin", random(3 * 1024 * 1024, 7));
    List<Double> progress = recordProgress(page);
    page.navigate(weft.url("/files/"));
    // Slow enough that the 3 MB upload reports progress on its way (about 1.5 s).
    throttleUploads(2_000_000);

    pick(small, big);

    for (Path file : List.of(small, big)) {
      String name = file.getFileName().toString();
      assertThat(byKey(page, "size:" + name).textContent())
          .isEqualTo(String.format(java.util.Locale.ROOT, "%,d bytes", java.nio.file.Files.size(file)));
      try {
        page.waitForCondition(() -> ("SHA-256 " + sha256(file)).equals(byKey(page, "status:" + name).textContent()),
            new Page.WaitForConditionOptions().setTimeout(30_000));
      } finally {
        System.out.println("[e2e] the " + name + " row says: " + byKey(page, "status:" + name).textContent());
      }
    }
    System.out.println("[e2e] progress reports sent by the browser: " + progress);
    assertThat(progress).as("progress reports between 0 and 1").anyMatch(p -> p > 0 && p < 1);
    assertThat(progress).as("reports at least 5 %% apart, or 250 ms").hasSizeLessThan(60);
    assertThat(storedFiles()).contains("notes.txt", "photo.bin");
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(E2eServer.screenshots().resolve("files-two-uploads.png")).setFullPage(true));
    watch.assertClean();
  }

  @Test
  void downloadSampleSavesTheServersTextFileAndThePageStays() throws Exception {
    page.navigate(weft.url("/files/"));
    com.microsoft.playwright.Download sample =
        page.waitForDownload(() -> button(page, "Download sample").click());
    assertThat(sample.suggestedFilename()).isEqualTo("weft-sample.txt");
    assertThat(sample.failure()).isNull();
    assertThat(java.nio.file.Files.readString(sample.path())).startsWith("Weft sample file\n")
        .contains("streamed to your browser");
    assertThat(page.url()).isEqualTo(weft.url("/files/"));
    watch.assertClean();
  }

  @Test
  void anUploadOverTheLimitShowsTheServersErrorAndKeepsNothing() throws Exception {
    Path tooBig = write("too-big.bin", random(12 * 1024 * 1024, 11));
    page.navigate(smallWeft.url("/files/"));

    pick(tooBig);

    String expected = "Error 413: This upload URL allows at most " + SMALL_MAX_SIZE + " bytes.";
    try {
      page.waitForCondition(() -> expected.equals(byKey(page, "status:too-big.bin").textContent()));
    } finally {
      System.out.println("[e2e] the too-big row says: " + byKey(page, "status:too-big.bin").textContent());
    }
    assertThat(byKey(page, "progress:too-big.bin").isVisible()).isFalse();
    assertNothingKept(smallUploads, "too-big.bin");
    assertThat(allFiles(smallUploads)).isEmpty();
  }

  @Test
  void aCancelledUploadKeepsNothing() throws Exception {
    Path file = write("cancelled.bin", random(3 * 1024 * 1024, 13));
    List<Double> progress = recordProgress(page);
    page.navigate(weft.url("/files/"));
    CDPSession cdp = throttleUploads(300_000); // 3 MB takes about 10 s: time to cancel it half-way
    List<String> failed = new CopyOnWriteArrayList<>();
    page.onRequestFailed(request -> failed.add(request.url() + " " + request.failure()));

    pick(file);
    page.waitForCondition(() -> progress.stream().anyMatch(p -> p > 0.05));
    // and the server has heard of it: the row shows it
    page.waitForCondition(() -> byKey(page, "status:cancelled.bin").textContent().matches("Uploading… [1-9][0-9]? %"),
        new Page.WaitForConditionOptions().setTimeout(20_000));
    page.screenshot(new Page.ScreenshotOptions().setPath(E2eServer.screenshots().resolve("files-uploading.png")));
    byKey(page, "cancel:cancelled.bin").click();

    page.waitForCondition(() -> !failed.isEmpty());
    assertThat(failed).singleElement().asString().contains("/files/upload?f=cancelled.bin").contains("ERR_ABORTED");
    // Chromium's emulated throughput also holds back the WebSocket's frames for a while after the
    // aborted body: lift it so the page's "cancelled" event goes out at once.
    unthrottle(cdp);
    page.waitForCondition(() -> "Cancelled: nothing was kept".equals(byKey(page, "status:cancelled.bin").textContent()));
    assertNothingKept(uploads, "cancelled.bin");
    assertThat(watch.consoleErrors()).isEmpty(); // the aborted PUT is a failed request, as it should be
  }

  /** Clicks "Pick files" and picks {@code files} in the dialog that click opened. */
  private void pick(Path... files) {
    FileChooser chooser = page.waitForFileChooser(() -> button(page, "Pick files").click());
    assertThat(chooser.isMultiple()).isTrue();
    chooser.setFiles(files);
  }

  /** Chromium's network emulation, for request bodies too: {@code bytesPerSecond} up. */
  private CDPSession throttleUploads(int bytesPerSecond) {
    CDPSession cdp = context.newCDPSession(page);
    cdp.send("Network.enable");
    emulate(cdp, bytesPerSecond);
    return cdp;
  }

  private static void unthrottle(CDPSession cdp) {
    emulate(cdp, -1);
  }

  private static void emulate(CDPSession cdp, int uploadBytesPerSecond) {
    JsonObject conditions = new JsonObject();
    conditions.addProperty("offline", false);
    conditions.addProperty("latency", 0);
    conditions.addProperty("downloadThroughput", -1);
    conditions.addProperty("uploadThroughput", uploadBytesPerSecond);
    cdp.send("Network.emulateNetworkConditions", conditions);
  }

  /** The progress values of the upload events the page sends over its WebSocket. */
  private static List<Double> recordProgress(Page page) {
    List<Double> progress = new CopyOnWriteArrayList<>();
    page.onWebSocket(socket -> socket.onFrameSent(frame -> {
      Matcher m = PROGRESS.matcher(String.valueOf(frame.text()));
      while (m.find()) {
        progress.add(Double.parseDouble(m.group(1)));
      }
    }));
    return progress;
  }

  /**
   * No file named {@code name} in any session's folder, and no temporary file left: the server
   * removes a partial upload at once, but the browser may tell of the end a moment before.
   */
  private static void assertNothingKept(Path uploads, String name) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<String> left;
    do {
      left = allFiles(uploads).stream().filter(p -> p.contains(name) || p.contains(".tmp/")).toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    assertThat(left).as("files left in %s", uploads).isEmpty();
  }

  private static List<String> storedFiles() throws Exception {
    return allFiles(uploads).stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
  }

  private static List<String> allFiles(Path uploads) throws Exception {
    try (Stream<Path> walk = java.nio.file.Files.walk(uploads)) {
      return walk.filter(java.nio.file.Files::isRegularFile).map(p -> uploads.relativize(p).toString()).toList();
    }
  }

  private static Path write(String name, byte[] bytes) throws Exception {
    return java.nio.file.Files.write(local.resolve(name), bytes);
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(java.nio.file.Files.readAllBytes(file)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
