package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.examples.Counter;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading never makes the server buffer without bound: the server stops
 * reading from it while its write queue is full, closes it once more than {@code ws.maxQueuedBytes}
 * wait (4003) or once it has answered no ping for two intervals (4004), and keeps its session for
 * when it reads again. Meanwhile other sessions are served as usual. The figures (heap, another
 * session's latency) are printed for BENCHMARKS.md; they are not timed assertions.
 */
class SlowReaderTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** A page that, on "flood", pushes {@code updates} updates of about 8 KB each. */
  private static App flooding(int updates, AtomicInteger disconnects) {
    return page -> {
      page.onDisconnect(disconnects::incrementAndGet);
      Text big = new Text("").key("big");
      page.add(big, new Button("flood", e -> {
        String filler = "x".repeat(8_000);
        for (int i = 0; i < updates && !Thread.currentThread().isInterrupted(); i++) {
          big.value(i + filler);
          page.update();
        }
      }));
    };
  }

  @Test
  void aClientThatStopsReadingIsClosedPastTheCapAndResumesItsSessionWhenItReadsAgain()
      throws Exception {
    AtomicInteger disconnects = new AtomicInteger();
    try (ItServer server = ItServer.start(
        ItServer.config("ws.maxQueuedBytes", 256 * 1024, "ws.pingIntervalSeconds", 60),
        Map.of("/", flooding(2_000, disconnects)))) {
      RawClient slow = RawClient.connect(server.port, "/");
      slow.register(1, null, 0);
      JsonObject render = slow.await("render", WAIT);
      String session = render.getString("session");
      slow.stopReading();
      slow.click(2, RawClient.find(render.getJsonObject("root"), "text", "flood"));

      awaitTrue(() -> disconnects.get() == 1, "the server let go of the slow socket");
      assertThat(server.weft().liveSessions()).as("the session stays").isEqualTo(1);
      slow.close();

      try (RawClient back = RawClient.connect(server.port, "/")) {
        back.register(3, session, 1);
        JsonObject answer = back.await(f -> !"ack".equals(f.getString("type")), WAIT, "answer");
        assertThat(answer.getString("type")).as("a gap far beyond the replay buffer")
            .isEqualTo("render");
        assertThat(answer.getString("session")).isEqualTo(session);
      }
    }
  }

  @Test
  void aClientThatSendsEventsAndNeverReadsCannotGrowTheHeapNorSlowOthersDown() throws Exception {
    AtomicInteger disconnects = new AtomicInteger();
    App counter = page -> {
      page.onDisconnect(disconnects::incrementAndGet);
      new Counter().main(page);
    };
    // the event rate limit off: this is about a client that never reads, whose flood must be
    // stopped by the server's write queue and read-ahead, not by the rate limit's 1008
    try (ItServer server = ItServer.start(ItServer.config("ws.pingIntervalSeconds", 3,
        "limits.eventsPerSecond", 0),
        Map.of("/", counter, "/other/", new Counter()))) {
      long baseline = usedAfterGc();
      RawClient flooder = RawClient.connect(server.port, "/");
      flooder.register(1, null, 0);
      JsonObject render = flooder.await("render", WAIT);
      int plus = RawClient.find(render.getJsonObject("root"), "text", "+1");
      flooder.stopReading();

      RawClient other = RawClient.connect(server.port, "/other/");
      other.register(1, null, 0);
      int otherPlus = RawClient.find(other.await("render", WAIT).getJsonObject("root"), "text", "+1");
      List<Long> quiet = clicks(other, otherPlus, 2, 200); // the other session alone, for comparison

      // The flood: 100,000 clicks, each sent once the previous one left, until the server stops
      // taking them (a send that does not complete within 2 s) or 30 s have passed.
      CountDownLatch flooding = new CountDownLatch(1);
      int[] sent = {0};
      Thread flood = new Thread(() -> {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
          for (int seq = 2; seq < 100_002 && System.nanoTime() < deadline; seq++) {
            CompletableFuture<?> send = flooder.sendAsync(new JsonObject().put("type", "event")
                .put("seq", seq).put("target", plus).put("name", "click").putNull("data"));
            send.get(2, TimeUnit.SECONDS);
            sent[0]++;
          }
        } catch (Exception stalledOrClosed) {
          // the server stopped reading, or closed the socket
        } finally {
          flooding.countDown();
        }
      }, "flood");
      flood.start();

      List<Long> micros = clicks(other, otherPlus, 202, 200); // meanwhile, the other session
      assertThat(flooding.await(40, TimeUnit.SECONDS)).as("the flood ended").isTrue();
      long during = usedAfterGc() - baseline;
      awaitTrue(() -> disconnects.get() == 1, "the server closed the flooding socket");
      long after = usedAfterGc() - baseline;
      System.out.printf("slow-reader: sent=%d heapGrowthWhileStalled=%.1fMB heapGrowthAfterClose=%.1fMB "
              + "otherSession: alone p50=%.2fms p99=%.2fms, during the flood p50=%.2fms p99=%.2fms "
              + "jdk=%s%n", sent[0], during / 1e6, after / 1e6, percentile(quiet, 50),
          percentile(quiet, 99), percentile(micros, 50), percentile(micros, 99),
          System.getProperty("java.version"));

      assertThat(micros).as("every click of the other session was answered").hasSize(200);
      assertThat(during).as("heap growth while the flooding client is stalled")
          .isLessThan(64L * 1024 * 1024);
      assertThat(server.weft().liveSessions()).as("both sessions stay").isEqualTo(2);
      flooder.close();
      other.close();
    }
  }

  /** Clicks {@code n} times, one at a time, from client seq {@code seq}; the round trips in µs. */
  private static List<Long> clicks(RawClient client, int target, long seq, int n) throws Exception {
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      client.click(seq + i, target);
      client.await("patch", WAIT);
      micros.add((System.nanoTime() - start) / 1_000);
      Thread.sleep(5);
    }
    return micros;
  }

  private static double percentile(List<Long> micros, int p) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e3;
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
