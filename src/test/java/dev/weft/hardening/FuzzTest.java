package dev.weft.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.examples.Counter;
import dev.weft.testing.WeftTestClient;
import dev.weft.testing.WeftTestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The short fuzz (issue 14): a few thousand malformed, mutated and hostile frames from 100
 * sessions against the counter app while five users click. The full run (100,000 frames) is
 * {@code bench/reliability-fuzz.sh}; both use {@link Fuzzer}. What it asserts is what
 * docs/reliability/fuzz.md reports.
 */
@Isolated // it compares this JVM's heap before and after: no other test may run beside it
class FuzzTest {

  @Test
  void badFramesGetAnErrorOrACloseAndEveryoneElseIsServed() throws Exception {
    // a short unconfirmed timeout: the fuzz sessions' end fits in the test, and is part of it
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("session.unconfirmedTimeoutSeconds", 1), Map.of("/", new Counter()))) {
      FuzzFigures f = new Fuzzer(server.port(), () -> server.weft().sessions().live())
          .run(2_500, 100, 5, 2_000, 14, 10_000);
      System.out.println("[fuzz] short run\n" + f.markdown());

      assertThat(f.framesSent()).isGreaterThan(2_400); // a few fail to go out: their socket was closed
      assertThat(f.errorsReturned()).isGreaterThan(1_000);
      assertThat(f.closes()).isGreaterThan(10);
      // p99: a ratio to the baseline of the same run, not milliseconds (the machine may be busy)
      assertThat(f.failures()).isEmpty();
      // and the server still serves a newcomer
      try (WeftTestClient client = WeftTestClient.connect(server.url())) {
        client.click("+1");
        client.awaitText("1", Duration.ofSeconds(10));
      }
    }
  }
}
