package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which threads run blocking handlers in the packaged jar: virtual threads on JDK 21+, the worker
 * pool on 17 — and either way a session's blocking and async handlers overlap. Tagged
 * {@code handlers}: test.sh runs it on the default JDK and again on JDK 25.
 */
@Tag("handlers")
class LauncherHandoffIT {

  @TempDir
  Path dir;

  @Test
  void theStartupLogSaysWhichHandOffIsActive() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "--port", String.valueOf(port))) {
      String line = jar.awaitOutput("Blocking handlers run on ");
      int jdk = Runtime.version().feature();
      System.out.println("[launcher] JDK " + jdk + ": " + line);
      if (jdk >= 21) {
        assertThat(line).contains("Blocking handlers run on virtual threads");
      } else {
        assertThat(line).contains("Blocking handlers run on").contains("worker pool");
      }

      jar.awaitOk("http://127.0.0.1:" + port + "/");
      try (RawSession session = RawSession.connect(port, "/")) {
        session.register("/");
        long start = System.nanoTime();
        session.click("Call handler");
        session.click("Call async handler");
        session.awaitTexts(Duration.ofSeconds(10), "Handler clicked", "Async handler clicked");
        long both = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[launcher] JDK %d jar: blocking + async handler of one session done in %d ms%n",
            jdk, both);
        assertThat(both).as("ms for both 3-s handlers of one session").isLessThan(5_000);
      }
    }
  }
}
