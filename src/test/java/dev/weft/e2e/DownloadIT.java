package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code page.download} in Chromium: the browser saves the file under the name the app gave it,
 * with the bytes the app gave it, and the page stays — same URL, same session, still live.
 */
class DownloadIT extends BrowserBase {

  private static final byte[] BIG = new byte[3 * 1024 * 1024];
  private static WeftTestServer weft;

  @BeforeAll
  static void startWeft() {
    if (Browsers.skipped()) {
      return;
    }
    new Random(11).nextBytes(BIG);
    weft = WeftTestServer.start(WeftTestServer.config(), Map.of("/dl/", app()));
  }

  @AfterAll
  static void stopWeft() {
    if (weft != null) {
      weft.close();
    }
    weft = null;
  }

  private static App app() {
    return page -> {
      Text count = new Text("count 0").key("count");
      int[] n = {0};
      page.add(count,
          new Button("+1", e -> count.value("count " + ++n[0])),
          new Button("report", e -> page.download("name,n\nada,1\n".getBytes(StandardCharsets.UTF_8),
              "report.csv", "text/csv")),
          new Button("résumé", e -> page.download("é".getBytes(StandardCharsets.UTF_8),
              "Résumé 2026.txt", "text/plain; charset=utf-8")),
          new Button("big", e -> page.download(() -> new ByteArrayInputStream(BIG), "big.bin", null)));
    };
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + weft.port() + path;
  }

  @Test
  void theFileIsSavedAndThePageStays() throws Exception {
    List<String> sessions = Collections.synchronizedList(new ArrayList<>());
    page.onWebSocket(ws -> ws.onFrameReceived(frame -> {
      if (frame.text() != null && frame.text().startsWith("{\"type\":\"render\"")) {
        sessions.add(new JsonObject(frame.text()).getString("session"));
      }
    }));
    page.navigate(url("/dl/"));
    button(page, "+1").click();
    exactText(page, "count 1").waitFor();

    Download download = page.waitForDownload(() -> button(page, "report").click());
    assertThat(download.suggestedFilename()).isEqualTo("report.csv");
    assertThat(download.failure()).isNull();
    assertThat(Files.readString(download.path())).isEqualTo("name,n\nada,1\n");

    assertThat(page.url()).isEqualTo(url("/dl/"));
    button(page, "+1").click();
    exactText(page, "count 2").waitFor();
    assertThat(sessions).as("one session throughout, never re-rendered").hasSize(1);
    watch.assertClean();
  }

  @Test
  void aNonAsciiNameAndALargeStreamArriveIntact() throws Exception {
    page.navigate(url("/dl/"));
    exactText(page, "count 0").waitFor();
    Download named = page.waitForDownload(() -> button(page, "résumé").click());
    assertThat(named.suggestedFilename()).isEqualTo("Résumé 2026.txt");
    assertThat(Files.readString(named.path())).isEqualTo("é");

    Download big = page.waitForDownload(() -> button(page, "big").click());
    assertThat(big.suggestedFilename()).isEqualTo("big.bin");
    assertThat(big.failure()).isNull();
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    assertThat(md.digest(Files.readAllBytes(big.path())))
        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(BIG));
    button(page, "+1").click();
    exactText(page, "count 1").waitFor();
    watch.assertClean();
  }
}
