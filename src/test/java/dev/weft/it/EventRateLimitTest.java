package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.ProtocolError;
import dev.weft.testing.CloseStatus;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code limits.eventsPerSecond} over a real socket: events past the bucket are not run and get
 * {@code rate_limited} with their seq as ref; the session goes on once the client slows down; a
 * client that keeps flooding is closed with 1008 after {@code ws.maxErrors} seconds of it.
 */
@Tag("serial") // asserts on elapsed time: runs alone, not beside another fork
class EventRateLimitTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final AtomicInteger clicks = new AtomicInteger();

  private App counter() {
    return page -> {
      Text count = new Text("0").key("count");
      page.add(count, new Button("+1", e -> count.value(String.valueOf(clicks.incrementAndGet()))));
    };
  }

  @Test
  void eventsPastTheBurstAreNotRunAndGetRateLimitedThenTheSessionGoesOn() throws Exception {
    // 2 a second refill a token every 500 ms: ten clicks sent at once find five tokens (six at most)
    try (ItServer server = ItServer.start(ItServer.config("limits.eventsPerSecond", 2,
             "limits.eventBurst", 5), Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      List<Long> seqs = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        seqs.add(client.click("+1"));
      }
      List<ProtocolError> refused = new ArrayList<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (clicks.get() + refused.size() < 10 && System.nanoTime() < deadline) {
        if (refused.size() < 10 - clicks.get()) {
          refused.add(client.awaitProtocolError(WAIT));
        } else {
          Thread.sleep(10);
        }
      }
      int run = clicks.get();
      System.out.println("[rate] client sent 10 clicks at once (seq " + seqs.get(0) + ".."
          + seqs.get(9) + ", limits.eventsPerSecond=2, eventBurst=5): " + run + " ran, "
          + refused.size() + " got " + describe(refused.get(0)));
      assertThat(run).as("the burst ran").isBetween(5, 6);
      assertThat(refused).hasSize(10 - run).allSatisfy(e -> {
        assertThat(e.code()).isEqualTo("rate_limited");
        assertThat(e.message()).contains("limits.eventsPerSecond").contains("was not run");
      });
      assertThat(refused.stream().map(ProtocolError::ref).toList())
          .as("the refused events are the last ones, each named by its seq")
          .isEqualTo(seqs.subList(run, 10));
      client.awaitText(String.valueOf(run), WAIT);

      Thread.sleep(600); // a token again
      client.click("+1");
      client.awaitText(String.valueOf(run + 1), WAIT);
      assertThat(client.isOpen()).as("a burst now and then does not close the socket").isTrue();
      client.assertNoFailures();
    }
  }

  @Test
  void aClientThatKeepsFloodingIsClosedWith1008AfterMaxErrorsSecondsOfIt() throws Exception {
    try (ItServer server = ItServer.start(ItServer.config("limits.eventsPerSecond", 5,
             "limits.eventBurst", 5, "ws.maxErrors", 3), Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      int button = client.find("+1").id();
      long start = System.nanoTime();
      int sent = 0;
      // 100 events a second (20 times the limit), for at most 10 s or until the socket closes
      while (client.isOpen() && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
        try {
          client.sendEvent(button, "click", null);
        } catch (IllegalStateException closedMeanwhile) {
          break; // the server closed the socket between isOpen() and the send: what we wait for
        }
        sent++;
        Thread.sleep(10);
      }
      CloseStatus status = client.awaitClose(WAIT);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<ProtocolError> errors = client.protocolErrors();
      ProtocolError last = errors.get(errors.size() - 1);
      System.out.printf("[rate] flood: sent %d clicks at ~100/s (limit 5/s, ws.maxErrors=3); "
              + "%d ran, %d rate_limited, then %s and close %d \"%s\" after %.1f s%n", sent,
          clicks.get(), errors.size() - 1, describe(last), status.code(), status.reason(), seconds);
      assertThat(status.code()).isEqualTo(1008);
      assertThat(last.code()).isEqualTo("too_many_errors");
      assertThat(errors.subList(0, errors.size() - 1)).isNotEmpty()
          .allMatch(e -> e.code().equals("rate_limited"));
      // three seconds of dropping spend the budget: closed after about 2 s, well before 10
      assertThat(seconds).as("closed after ~2 s of flooding").isBetween(1.5, 8.0);
      assertThat(clicks.get()).as("only what the bucket let through ran").isLessThan(5 + 5 * 9);
      assertThat(server.weft().liveSessions()).as("the server lives on").isLessThanOrEqualTo(1);
    }
  }

  @Test
  void zeroTurnsTheLimitOff() {
    // 200 blocking clicks at once: the pending-handlers limit would refuse some (busy), so it is off too
    try (ItServer server = ItServer.start(ItServer.config("limits.eventsPerSecond", 0,
             "limits.eventBurst", 1, "limits.pendingHandlers", 0), Map.of("/", counter()));
         WeftTestClient client = WeftTestClient.connect(server.url())) {
      for (int i = 0; i < 200; i++) {
        client.click("+1");
      }
      client.awaitText("200", WAIT);
      assertThat(client.protocolErrors()).isEmpty();
    }
  }

  static String describe(ProtocolError e) {
    return "{\"type\":\"error\",\"code\":\"" + e.code() + "\",\"message\":\"" + e.message()
        + "\",\"ref\":" + e.ref() + "}";
  }
}
