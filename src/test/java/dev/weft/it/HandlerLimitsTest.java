package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.protocol.AppError;
import dev.weft.protocol.ProtocolError;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code limits.pendingHandlers} and {@code handlers.timeoutSeconds} over a real socket, on the
 * worker pool (JDK 17) and on virtual threads (test.sh runs the tag on JDK 25): what the client
 * sees, and that the session stays usable afterwards.
 */
@Tag("serial") // asserts on elapsed time: runs alone, not beside another fork
@Tag("handlers")
class HandlerLimitsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger held = new AtomicInteger();
  private final CountDownLatch interrupted = new CountDownLatch(1);
  private final AtomicBoolean stubbornMayEnd = new AtomicBoolean();
  private final AtomicInteger stubbornEnded = new AtomicInteger();
  private ItServer server;

  private App app() {
    return page -> {
      Text status = new Text("idle").key("status");
      AtomicInteger quick = new AtomicInteger();
      page.add(status,
          new Button("Hold", e -> {
            held.incrementAndGet();
            release.await(); // until the test lets go
          }),
          new Button("Sleep", e -> {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException ex) {
              interrupted.countDown();
              throw ex;
            }
          }),
          new Button("Stubborn", e -> {
            // ignores interrupts: only the test's flag ends it
            while (!stubbornMayEnd.get()) {
              try {
                Thread.sleep(20);
              } catch (InterruptedException ignored) {
                // keeps going, as careless code does
              }
            }
            stubbornEnded.incrementAndGet();
          }),
          Button.async("Never", e -> new CompletableFuture<Void>()),
          new Button("Quick", e -> status.value("quick " + quick.incrementAndGet())));
    };
  }

  private WeftTestClient start(Object... config) {
    server = ItServer.start(ItServer.config(config), Map.of("/", app()));
    return WeftTestClient.connect(server.url());
  }

  @AfterEach
  void stop() {
    release.countDown();
    stubbornMayEnd.set(true);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void anEventPastThePendingHandlersGetsBusyAndIsNotRunThenTheSessionGoesOn() throws Exception {
    try (WeftTestClient client = start("limits.pendingHandlers", 2)) {
      client.click("Hold");
      client.click("Hold");
      long third = client.click("Hold");
      ProtocolError busy = client.awaitProtocolError(WAIT);
      System.out.println("[rate] pendingHandlers=2, two \"Hold\" handlers blocked, a third click (seq "
          + third + ") got " + EventRateLimitTest.describe(busy));
      assertThat(busy.code()).isEqualTo("busy");
      assertThat(busy.ref()).isEqualTo(third);
      assertThat(busy.message()).contains("limits.pendingHandlers").contains("was not run");
      long quick = client.click("Quick");
      assertThat(client.awaitProtocolError(WAIT).ref()).as("still busy: %s", quick).isEqualTo(quick);
      awaitTrue(() -> held.get() == 2, "two handlers started");

      release.countDown();
      Thread.sleep(200); // the two finish
      client.click("Quick");
      client.awaitText("quick 1", WAIT);
      assertThat(held.get()).as("the refused click never ran").isEqualTo(2);
      client.click("Hold");
      awaitTrue(() -> held.get() == 3, "a slot is free again");
      assertThat(client.isOpen()).as("busy is not held against the client").isTrue();
      client.assertNoFailures();
    }
  }

  @Test
  void aBlockingHandlerPastTheTimeoutIsInterruptedAndThePageShowsTheError() throws Exception {
    try (WeftTestClient client = start("handlers.timeoutSeconds", 1)) {
      long start = System.nanoTime();
      long seq = client.click("Sleep");
      AppError error = client.awaitAppError(WAIT);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("[rate] timeoutSeconds=1, a click (seq %d) on a handler sleeping 60 s got, "
          + "after %.1f s: {\"type\":\"appError\",\"message\":\"%s\",\"ref\":%d}%n", seq, seconds,
          error.message(), error.ref());
      assertThat(error.ref()).isEqualTo(seq);
      assertThat(error.message()).startsWith("HandlerTimeoutException: the handler for click on ")
          .endsWith("ran longer than 1 second (handlers.timeoutSeconds) and was interrupted");
      assertThat(seconds).isBetween(0.9, 5.0);
      assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler's thread was interrupted").isTrue();

      for (int i = 1; i <= 20; i++) { // the session goes on; no interrupt left over on a pool thread
        client.click("Quick");
        client.awaitText("quick " + i, WAIT);
      }
      assertThat(client.appErrors()).hasSize(1);
      client.assertNoFailures();
    }
  }

  @Test
  void anAsyncHandlerPastTheTimeoutIsAbandonedAndThePageShowsTheError() {
    try (WeftTestClient client = start("handlers.timeoutSeconds", 1)) {
      long seq = client.click("Never");
      AppError error = client.awaitAppError(WAIT);
      System.out.println("[rate] timeoutSeconds=1, an async handler whose stage never completes: "
          + error.message());
      assertThat(error.ref()).isEqualTo(seq);
      assertThat(error.message()).startsWith("HandlerTimeoutException: the handler for click on ")
          .endsWith("ran longer than 1 second (handlers.timeoutSeconds) and was abandoned");
      client.click("Quick");
      client.awaitText("quick 1", WAIT);
      client.assertNoFailures();
    }
  }

  @Test
  void aHandlerIgnoringTheInterruptKeepsItsSlotUntilItsThreadLetsGo() throws Exception {
    try (WeftTestClient client = start("handlers.timeoutSeconds", 1, "limits.pendingHandlers", 1)) {
      client.click("Stubborn");
      assertThat(client.awaitAppError(WAIT).message()).contains("was interrupted");
      long quick = client.click("Quick");
      ProtocolError busy = client.awaitProtocolError(WAIT);
      assertThat(busy.code()).as("the timed-out handler still holds a thread").isEqualTo("busy");
      assertThat(busy.ref()).isEqualTo(quick);

      stubbornMayEnd.set(true);
      awaitTrue(() -> stubbornEnded.get() == 1, "the stubborn handler ended");
      Thread.sleep(100);
      client.click("Quick");
      client.awaitText("quick 1", WAIT);
      client.assertNoFailures();
    }
  }

  @Test
  void withoutATimeoutASlowHandlerRunsToTheEnd() throws Exception {
    try (WeftTestClient client = start()) {
      client.click("Hold");
      awaitTrue(() -> held.get() == 1, "the handler started");
      Thread.sleep(1_500);
      release.countDown();
      client.click("Quick");
      client.awaitText("quick 1", WAIT);
      assertThat(client.appErrors()).as("the default is no limit").isEmpty();
    }
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      Thread.sleep(10);
    }
  }
}
