package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Handlers of one session run at the same time, as in Flet: a blocking handler that sleeps three
 * seconds holds up neither an async handler nor another blocking one clicked right after it.
 * A behaviour test with wide margins, not a benchmark: run serially, each second click would
 * finish at least three seconds after the first; concurrently it finishes long before.
 */
@Tag("handlers")
class HandlerConcurrencyTest {

  private static final Duration SLEEP = Duration.ofSeconds(3);
  private static final Duration WAIT = Duration.ofSeconds(15);

  private ItServer server;

  @BeforeEach
  void start() {
    App app = page -> page.add(
        new Button("Slow", e -> {
          Thread.sleep(SLEEP.toMillis());
          page.add(new Text("slow done"));
        }),
        new Button("Slow too", e -> {
          Thread.sleep(SLEEP.toMillis());
          page.add(new Text("slow too done"));
        }),
        Button.async("Quick async", e ->
            page.timer(Duration.ofMillis(100)).thenRun(() -> page.add(new Text("async done")))),
        new Button("Quick blocking", e -> page.add(new Text("quick blocking done"))));
    server = ItServer.start(Map.of("/", app));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSleepingBlockingHandlerDoesNotDelayAnAsyncHandlerClickedAfterIt() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long start = System.nanoTime();
      client.click("Slow");
      client.click("Quick async");
      client.awaitText("async done", WAIT);
      long asyncMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(client.hasText("slow done")).as("the slow handler is still sleeping").isFalse();
      assertThat(asyncMillis).as("async result after %d ms", asyncMillis).isLessThan(2_000);

      client.awaitText("slow done", WAIT);
      long slowMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(slowMillis).isGreaterThanOrEqualTo(SLEEP.toMillis() - 50);
      client.assertNoFailures();
    }
  }

  @Test
  void aSleepingBlockingHandlerDoesNotDelayAnotherBlockingHandler() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long start = System.nanoTime();
      client.click("Slow");
      client.click("Quick blocking");
      client.awaitText("quick blocking done", WAIT);
      assertThat(client.hasText("slow done")).as("the slow handler is still sleeping").isFalse();
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
      client.awaitText("slow done", WAIT);
    }
  }

  @Test
  void twoSleepingBlockingHandlersSleepAtTheSameTime() {
    try (WeftTestClient client = WeftTestClient.connect(server.url())) {
      long start = System.nanoTime();
      client.click("Slow");
      client.click("Slow too");
      client.awaitText("slow done", WAIT);
      client.awaitText("slow too done", WAIT);
      long bothMillis = (System.nanoTime() - start) / 1_000_000;
      // serially this takes at least 6 s
      assertThat(bothMillis).as("both done after %d ms", bothMillis).isLessThan(5_000);
      client.assertNoFailures();
    }
  }
}
