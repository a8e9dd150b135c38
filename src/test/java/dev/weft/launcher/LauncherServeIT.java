package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar serving: defaults, first response time, several instances. */
class LauncherServeIT {

  private static final int DEFAULT_PORT = 8000;

  @TempDir
  Path dir;

  @Test
  void withNoArgumentsItServesTheDemoOnPort8000() throws Exception {
    Assumptions.assumeTrue(JarProcess.isFree(DEFAULT_PORT),
        "port " + DEFAULT_PORT + " is in use on this machine, so the no-argument start cannot be tried");
    try (JarProcess jar = JarProcess.start(dir, Map.of())) {
      HttpResponse<String> index = jar.awaitOk("http://127.0.0.1:" + DEFAULT_PORT + "/");
      assertThat(index.body()).contains("id=\"weft-loading\"");
      assertThat(jar.awaitOutput("Weft listening on ")).contains("0.0.0.0:" + DEFAULT_PORT);
      HttpResponse<String> sub = jar.awaitOk("http://127.0.0.1:" + DEFAULT_PORT + "/sub-app/");
      assertThat(sub.headers().firstValue("content-type").orElse("")).startsWith("text/html");
      try (RawSession session = RawSession.connect(DEFAULT_PORT, "/")) {
        assertThat(session.register("/").encode()).contains("Call handler").contains("Call async handler");
      }
      try (RawSession session = RawSession.connect(DEFAULT_PORT, "/sub-app/")) {
        assertThat(session.register("/").encode()).contains("This is sub app!");
      }
    }
  }

  @Test
  void indexAnswers200HtmlSoonAfterStart() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "--port", String.valueOf(port))) {
      HttpResponse<String> response = jar.awaitOk("http://127.0.0.1:" + port + "/");
      long millis = jar.millisSinceStart();
      System.out.printf("[launcher] java -jar start -> first 200 on GET /: %d ms (JDK %d)%n",
          millis, Runtime.version().feature());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/html");
      assertThat(response.body()).contains("<html").contains("js/main.js");
      assertThat(millis).as("ms from process start to the first 200").isLessThan(20_000);
    }
  }

  @Test
  void severalInstancesServeSessionsThatAllWork() throws Exception {
    int port = JarProcess.freePort();
    int sessions = 8;
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-instances", "4", "--port", String.valueOf(port))) {
      jar.awaitOk("http://127.0.0.1:" + port + "/");
      List<RawSession> open = new ArrayList<>();
      try {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sessions; i++) {
          RawSession session = RawSession.connect(port, "/");
          open.add(session);
          JsonObject render = session.register("/");
          assertThat(render.encode()).contains("Call handler");
          ids.add(render.getString("session"));
        }
        assertThat(ids).as("distinct session ids").hasSize(sessions);
        // every session's blocking handler runs, all at once
        long start = System.nanoTime();
        for (RawSession session : open) {
          session.click("Call handler");
        }
        for (RawSession session : open) {
          session.awaitFrame("Handler clicked", Duration.ofSeconds(15));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[launcher] -instances 4: %d sessions' 3-s handlers all done in %d ms%n", sessions, millis);
        assertThat(millis).as("ms for %d concurrent 3-s handlers", sessions).isLessThan(6_000);
      } finally {
        open.forEach(RawSession::close);
      }
    }
  }
}
