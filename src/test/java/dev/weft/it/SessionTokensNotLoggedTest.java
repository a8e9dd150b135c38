package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.weft.logs.LogCapture;
import dev.weft.protocol.Download;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's whole life, with its troubles, logged at Weft's finest level and every library's
 * DEBUG: a handler that throws, an upload whose handler throws, a download that cannot be read,
 * hooks that throw on disconnect and on close, a re-attach with a wrong secret, a reconnect, a
 * take-over by another socket, the app ending the session. No log record holds the session's
 * token, its secret, or its id whole, nor the download's token or the upload URL's signature;
 * the records about the session name it by its tag (the id's first six characters).
 */
class SessionTokensNotLoggedTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path uploads;

  @Test
  void aSessionsLifeLogsItsTagNeverItsTokenItsIdOrItsUrlsSecrets() throws Exception {
    // the JDK's HTTP client, which this test PUTs and GETs with, is a browser's side
    LogCapture logs = LogCapture.start("jdk.");
    List<String> secrets = new ArrayList<>();
    String tag;
    AtomicReference<String> uploadUrl = new AtomicReference<>();
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config("upload.dir", uploads.toString()),
        Map.<String, Object>of("/", (dev.weft.App) page -> {
          page.onUpload(file -> {
            throw new IllegalStateException("the upload handler fails");
          });
          page.onDisconnect(() -> {
            throw new IllegalStateException("the disconnect hook fails");
          });
          page.onClose(() -> {
            throw new IllegalStateException("the close hook fails");
          });
          Text count = new Text("0").key("count");
          page.add(count,
              Button.async("+1", e -> {
                count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
                return null;
              }),
              new Button("boom", e -> {
                throw new IllegalStateException("the handler fails");
              }),
              new Button("download", e -> page.download(
                  uploads.resolve("no-such-file.txt"), "gone.txt", "text/plain")),
              new Button("upload", e -> {
                uploadUrl.set(page.uploadUrl("notes.txt"));
                page.add(new Text("upload ready"));
              }),
              new Button("end", e -> page.close()));
        }))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      WeftTestClient client = WeftTestClient.connect(server.url());
      String token = client.sessionToken();
      String id = client.sessionId();
      tag = id.substring(0, 6);
      secrets.addAll(List.of(token, id, token.substring(token.indexOf('.') + 1)));

      client.click("boom");
      assertThat(client.awaitAppError(WAIT).message()).contains("the handler fails");

      client.click("download");
      Download download = client.awaitDownload(WAIT);
      secrets.add(download.url().substring(download.url().lastIndexOf('/') + 1));
      HttpResponse<String> fetched = http.send(HttpRequest.newBuilder(
          URI.create(server.url() + download.url())).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(fetched.statusCode()).as("a source that cannot be read").isGreaterThanOrEqualTo(400);

      client.click("upload");
      client.awaitText("upload ready", WAIT);
      String url = uploadUrl.get();
      secrets.add(url.substring(url.lastIndexOf('=') + 1)); // the signature, the URL's last field
      HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(server.url("/" + url)))
          .timeout(WAIT).PUT(HttpRequest.BodyPublishers.ofString("hello")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isEqualTo(200);
      assertThat(client.awaitAppError(WAIT).message()).contains("the upload handler fails");

      Throwable refused = catchThrowable(() -> WeftTestClient.connect(ConnectOptions.of(server.url())
          .session(id + ".abcdefghijklmnopqrstuvwxyz012345")));
      assertThat(refused).isInstanceOfSatisfying(ConnectFailedException.class,
          e -> assertThat(e.closeStatus().code()).isEqualTo(4002));

      client.disconnect();
      client.reconnect();
      try (WeftTestClient taker = WeftTestClient.connect(ConnectOptions.of(server.url()).resuming(client))) {
        assertThat(client.awaitClose(WAIT).code()).isEqualTo(4001);
        taker.click("end");
        assertThat(taker.awaitClose(WAIT).code()).isEqualTo(1000);
      }
      client.close();
      awaitLogged(logs, "a page hook failed"); // the close hook runs after the socket is told
    } finally {
      logs.close();
    }

    List<String> lines = logs.lines();
    for (String secret : secrets) {
      assertThat(lines).as("records holding %s", secret).noneMatch(line -> line.contains(secret));
    }
    // and the records about the session were there, naming it by its tag
    assertThat(lines).anyMatch(l -> l.contains("session " + tag + ": the handler for"));
    assertThat(lines).anyMatch(l -> l.contains("session " + tag + ": the handler for the upload of"));
    assertThat(lines).anyMatch(l -> l.contains("session " + tag + ": the download"));
    assertThat(lines).anyMatch(l -> l.contains("session " + tag + ": a page hook failed"));
  }

  private static void awaitLogged(LogCapture logs, String text) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (logs.lines().stream().filter(l -> l.contains(text)).count() >= 2) { // disconnect's and close's
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not logged twice within " + WAIT + ": " + text);
  }

}
