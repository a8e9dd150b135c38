package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Eventually;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PingRoundTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Runs {@code action} on {@code context} and waits for it. */
  private static <T> T on(Context context, java.util.concurrent.Callable<T> action) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    context.runOnContext(v -> {
      try {
        done.complete(action.call());
      } catch (Exception e) {
        done.completeExceptionally(e);
      }
    });
    return done.get(10, TimeUnit.SECONDS);
  }

  @Test
  void everyMemberIsPingedEachIntervalOnTheRoundsContextAndOneMayLeaveFromItsPing() throws Exception {
    Context context = vertx.getOrCreateContext();
    List<AtomicInteger> counts = new ArrayList<>();
    AtomicInteger offContext = new AtomicInteger();
    AtomicInteger leaverPings = new AtomicInteger();
    PingRound round = on(context, () -> PingRound.of(context, 200));
    Thread loop = on(context, Thread::currentThread);
    on(context, () -> {
      for (int i = 0; i < 3 * PingRound.SLOTS + 1; i++) {
        AtomicInteger count = new AtomicInteger();
        counts.add(count);
        round.join(() -> {
          if (Thread.currentThread() != loop) {
            offContext.incrementAndGet();
          }
          count.incrementAndGet();
        });
      }
      // like a socket closed for silence: it leaves the round from within its ping
      round.join(new PingRound.Member() {
        @Override
        public void ping() {
          leaverPings.incrementAndGet();
          round.leave(this);
        }
      });
      return null;
    });

    Eventually.until("every member pinged three times", WAIT,
        () -> counts.stream().allMatch(c -> c.get() >= 3));

    assertThat(offContext).as("pings off the round's event loop").hasValue(0);
    assertThat(leaverPings).as("pings of the member that left at its first").hasValue(1);
    assertThat(on(context, round::size)).isEqualTo(counts.size());
    assertThat(on(context, () -> PingRound.of(context, 200))).as("the context's round").isSameAs(round);
    assertThat(on(context, () -> PingRound.of(context, 300))).as("another interval's").isNotSameAs(round);
  }

  @Test
  void aMemberThatLeftIsNotPingedAgain() throws Exception {
    Context context = vertx.getOrCreateContext();
    AtomicInteger pings = new AtomicInteger();
    PingRound.Member member = pings::incrementAndGet;
    PingRound round = on(context, () -> PingRound.of(context, 100));
    on(context, () -> {
      round.join(member);
      round.join(member); // twice is once
      return null;
    });
    Eventually.until("a ping", WAIT, () -> pings.get() >= 1);
    assertThat(on(context, round::size)).isEqualTo(1);

    int before = on(context, () -> {
      round.leave(member);
      return pings.get();
    });
    Thread.sleep(500); // five intervals: a running timer would have pinged it again

    assertThat(pings).hasValue(before);
    assertThat(on(context, round::size)).isZero();
  }

  @Test
  void aNonPositiveIntervalIsRefused() {
    Context context = vertx.getOrCreateContext();
    assertThatThrownBy(() -> PingRound.of(context, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
