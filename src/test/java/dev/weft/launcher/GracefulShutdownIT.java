package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the packaged jar while a 3 s blocking handler runs (the seed app's "Call handler"):
 * {@code /health/ready} turns 503 at once while {@code /health/live} stays 200 and the server
 * keeps serving; a browser that registers during the drain is told 1012; the handler finishes and
 * its text reaches the client before the socket is closed with 1012; the process exits by
 * itself. Prints a transcript (the figures are printed, not asserted tightly). Tagged
 * {@code handlers}: test.sh runs it again on JDK 25, where the handler runs on a virtual thread.
 */
@Tag("handlers")
class GracefulShutdownIT {

  /** SIGTERM's exit status: the JVM ran its shutdown hooks and exited 128 + 15. */
  private static final int SIGTERM_STATUS = 143;

  @TempDir
  Path dir;

  private final List<String> transcript = new ArrayList<>();

  @Test
  void sigtermDrainsARunningHandlerDeliversItsTextThenClosesWith1012AndExits() throws Exception {
    int port = JarProcess.freePort();
    String base = "http://127.0.0.1:" + port;
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "--port", String.valueOf(port))) {
      HttpResponse<String> ready = jar.awaitOk(base + "/health/ready");
      note(0, "before SIGTERM: /health/ready " + ready.statusCode() + " " + ready.body());

      try (RawSession session = RawSession.connect(port, "/")) {
        session.register("/");
        session.click("Call handler"); // sleeps 3 s, then adds "Handler clicked"
        Thread.sleep(500); // the handler is running now; it has 2.5 s left
        long sigterm = System.nanoTime();
        jar.terminate();
        note(0, "SIGTERM sent while the 3 s handler runs (500 ms in)");

        HttpResponse<String> draining = awaitStatus(base + "/health/ready", 503);
        note(sigterm, "/health/ready " + draining.statusCode() + " " + draining.body());
        JsonObject readiness = new JsonObject(draining.body());
        assertThat(readiness.getString("status")).isEqualTo("DOWN");
        assertThat(readiness.getJsonArray("checks").encode())
            .contains("\"id\":\"lifecycle\"", "\"state\":\"draining\"", "\"accepting\":false");
        HttpResponse<String> live = get(base + "/health/live");
        note(sigterm, "/health/live " + live.statusCode() + " " + live.body());
        assertThat(live.statusCode()).as("live while draining").isEqualTo(200);

        try (RawSession late = RawSession.connect(port, "/")) {
          late.sendRegister("/");
          RawSession.Closed refused = late.awaitClose(Duration.ofSeconds(5));
          note(sigterm, "a new session during the drain: closed " + refused.code() + " " + refused.reason());
          assertThat(refused.code()).as("a register during the drain").isEqualTo(1012);
        }

        String delivered = session.awaitFrame("Handler clicked", Duration.ofSeconds(15));
        note(sigterm, "the handler's text delivered: " + excerpt(delivered, "Handler clicked"));
        RawSession.Closed closed = session.awaitClose(Duration.ofSeconds(15));
        note(sigterm, "session closed: " + closed.code() + " " + closed.reason());
        assertThat(closed.code()).isEqualTo(1012);

        int status = jar.awaitExit();
        note(sigterm, "process exited by itself with status " + status);
        assertThat(status).isIn(SIGTERM_STATUS, 0);
        long total = (System.nanoTime() - sigterm) / 1_000_000;
        assertThat(total).as("ms from SIGTERM to exit (drain 10 s + close hooks 10 s at most)")
            .isLessThan(25_000);
      } finally {
        System.out.println("[graceful shutdown] JDK " + Runtime.version().feature() + " transcript:");
        transcript.forEach(line -> System.out.println("[graceful shutdown]   " + line));
      }
    }
  }

  private void note(long since, String what) {
    String at = since == 0 ? "" : String.format("+%5d ms  ", (System.nanoTime() - since) / 1_000_000);
    transcript.add(at + what);
  }

  /** Polls {@code url} until it answers {@code status}; fails after ten seconds. */
  private static HttpResponse<String> awaitStatus(String url, int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(url);
      if (last.statusCode() == status) {
        return last;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(url + " never answered " + status + "; last: "
        + (last == null ? "nothing" : last.statusCode() + " " + last.body()));
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return JarProcess.HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String excerpt(String frame, String text) {
    int at = frame.indexOf(text);
    return "…" + frame.substring(Math.max(0, at - 60), Math.min(frame.length(), at + text.length() + 20)) + "…";
  }
}
