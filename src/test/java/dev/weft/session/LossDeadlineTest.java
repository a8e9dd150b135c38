package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossDeadlineTest {

  private static final long PATIENCE_MS = 200;

  private Vertx vertx;
  private final CountDownLatch gaveUp = new CountDownLatch(1);
  private LossDeadline deadline;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    deadline = new LossDeadline(vertx, PATIENCE_MS, gaveUp::countDown);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void aNodeLeavingWhileTheSessionIsAskedGivesUpAfterThePatience() throws Exception {
    deadline.asked();
    long start = System.nanoTime();
    deadline.nodeLeft();
    assertThat(gaveUp.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(PATIENCE_MS - 5);
  }

  @Test
  void aNodeThatLeftBeforeTheAskingCountsFromTheAsking() throws Exception {
    deadline.nodeLeft();
    assertThat(gaveUp.await(3 * PATIENCE_MS, TimeUnit.MILLISECONDS)).as("not while the attach waits to ask").isFalse();
    long start = System.nanoTime();
    deadline.asked();
    assertThat(gaveUp.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(PATIENCE_MS - 5);
  }

  @Test
  void withoutALossItNeverGivesUp() throws Exception {
    deadline.asked();
    assertThat(gaveUp.await(3 * PATIENCE_MS, TimeUnit.MILLISECONDS)).isFalse();
  }

  @Test
  void anAnswerBeforeTheDeadlineCancelsIt() throws Exception {
    deadline.asked();
    deadline.nodeLeft();
    deadline.cancel();
    deadline.nodeLeft();
    assertThat(gaveUp.await(3 * PATIENCE_MS, TimeUnit.MILLISECONDS)).isFalse();
  }
}
