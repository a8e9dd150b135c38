package dev.weft.hardening;

import dev.weft.examples.Counter;
import dev.weft.testing.WeftTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The full fuzz (issue 14), for {@code bench/reliability-fuzz.sh}: 100,000 frames from 100
 * sessions against the counter app while 8 users click, with the server's default configuration
 * (so the fuzz sessions that hung up wait the default {@code session.unconfirmedTimeoutSeconds}
 * before the heap is measured again). Prints the figures, appends them to
 * {@code bench/results/reliability-fuzz-<date>.md}, and exits 1 when a check fails.
 *
 * <p>Arguments: {@code [frames] [sessions] [clickers]} (defaults 100000 100 8).
 */
public final class FuzzMain {

  private FuzzMain() {
  }

  public static void main(String[] args) throws Exception {
    long frames = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int clickers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    FuzzFigures f;
    try (WeftTestServer server = WeftTestServer.start(WeftTestServer.config(),
        Map.of("/", new Counter()))) {
      long settle = server.weft().config().unconfirmedTimeout().toMillis() + 15_000;
      f = new Fuzzer(server.port(), () -> server.weft().sessions().live())
          .run(frames, sessions, clickers, 5_000, 14, settle);
    }
    List<String> failures = f.failures();
    String report = "## Fuzz, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
        + " (" + frames + " frames, " + sessions + " sessions, " + clickers + " clickers)\n\n"
        + f.markdown() + "\nVerdict: " + (failures.isEmpty() ? "PASS" : "FAIL " + failures) + "\n";
    System.out.println(report);
    Path results = Path.of("bench", "results");
    if (Files.isDirectory(results)) {
      Path file = results.resolve("reliability-fuzz-"
          + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
      Files.writeString(file, report);
      System.out.println("written to " + file);
    }
    System.exit(failures.isEmpty() ? 0 : 1);
  }
}
