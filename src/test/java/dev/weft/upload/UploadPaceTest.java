package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A body must bring 1 KiB per window, except in windows where the server held it back. */
class UploadPaceTest {

  private static final Duration WINDOW = Duration.ofMillis(300);
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aBodyThatBringsNothingFailsTheFirstWindow() throws Exception {
    CountDownLatch slow = new CountDownLatch(1);
    long start = System.nanoTime();
    vertx.runOnContext(v -> new UploadPace(vertx, WINDOW, slow::countDown));

    assertThat(slow.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(WINDOW.minusMillis(20));
  }

  @Test
  void aBodyBringingAKibibytePerWindowKeepsGoing() throws Exception {
    AtomicInteger slow = new AtomicInteger();
    vertx.runOnContext(v -> {
      UploadPace pace = new UploadPace(vertx, WINDOW, slow::incrementAndGet);
      vertx.setPeriodic(50, id -> pace.received(UploadPace.MIN_BYTES / 4)); // 1.5 KiB a window
    });

    Thread.sleep(WINDOW.toMillis() * 5);

    assertThat(slow).hasValue(0);
  }

  @Test
  void aWindowInWhichTheServerHeldTheBodyBackDoesNotCount() throws Exception {
    AtomicInteger slow = new AtomicInteger();
    long[] releasedAt = new long[1];
    long[] failedAt = new long[1];
    CountDownLatch failed = new CountDownLatch(1);
    vertx.runOnContext(v -> {
      UploadPace pace = new UploadPace(vertx, WINDOW, () -> {
        failedAt[0] = System.nanoTime();
        slow.incrementAndGet();
        failed.countDown();
      });
      pace.hold(); // a full sink: nothing arrives, through no fault of the client
      vertx.setTimer(WINDOW.toMillis() * 4, id -> {
        releasedAt[0] = System.nanoTime();
        pace.release(); // and from now on the client sends nothing
      });
    });

    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(releasedAt[0]).as("not failed while held").isNotZero();
    long afterRelease = failedAt[0] - releasedAt[0];
    assertThat(slow).hasValue(1);
    // held through four windows; the one in which it was released is excused too; the next fails
    assertThat(Duration.ofNanos(afterRelease)).isGreaterThanOrEqualTo(WINDOW.minusMillis(20));
  }
}
