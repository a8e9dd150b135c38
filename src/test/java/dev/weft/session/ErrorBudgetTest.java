package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The error budget's sliding minute, on a clock the test moves by hand. */
class ErrorBudgetTest {

  private static final int LIMIT = 5;

  private long now = 1_000_000_000L; // nanoTime's origin is arbitrary: any start will do
  private final ErrorBudget budget = new ErrorBudget(LIMIT, () -> now);

  private void advanceSeconds(long seconds) {
    now += TimeUnit.SECONDS.toNanos(seconds);
  }

  @Test
  void theLimitWithinAMinuteExhaustsIt() {
    for (int i = 1; i < LIMIT; i++) {
      assertThat(budget.spend()).as("error %d of %d", i, LIMIT).isTrue();
      advanceSeconds(14); // four gaps of 14 s: all five within 56 s
    }
    assertThat(budget.spend()).as("the %d-th error within a minute", LIMIT).isFalse();
  }

  @Test
  void theLimitAtOnceExhaustsIt() {
    for (int i = 1; i < LIMIT; i++) {
      assertThat(budget.spend()).isTrue();
    }
    assertThat(budget.spend()).isFalse();
  }

  @Test
  void errorsSpreadOverMoreThanAMinuteDoNotExhaustIt() {
    // 1,000 errors, one every 15 s + 1 ns: any five of them span more than 60 s
    for (int i = 1; i <= 1_000; i++) {
      assertThat(budget.spend()).as("error %d", i).isTrue();
      now += TimeUnit.SECONDS.toNanos(15) + 1;
    }
  }

  @Test
  void exactlySixtySecondsApartIsOutsideTheWindow() {
    for (int i = 1; i < LIMIT; i++) {
      assertThat(budget.spend()).isTrue();
      advanceSeconds(15); // the fifth error comes 60 s after the first
    }
    assertThat(budget.spend()).isTrue();
  }

  @Test
  void oldErrorsLeaveTheWindowSoABurstLaterIsCountedAfresh() {
    for (int i = 1; i < LIMIT; i++) {
      assertThat(budget.spend()).isTrue();
    }
    advanceSeconds(61);
    // the four old errors are out of the window: four new ones fit, the fifth new one does not
    for (int i = 1; i < LIMIT; i++) {
      assertThat(budget.spend()).as("new error %d", i).isTrue();
    }
    assertThat(budget.spend()).isFalse();
  }

  @Test
  void aClockThatWrapsAroundStillMeasuresTheWindow() {
    now = Long.MAX_VALUE - TimeUnit.SECONDS.toNanos(10); // nanoTime may be near the end of its range
    for (int i = 1; i < LIMIT; i++) {
      assertThat(budget.spend()).isTrue();
      advanceSeconds(5); // overflows past Long.MAX_VALUE on the way
    }
    assertThat(budget.spend()).isFalse();
  }

  @Test
  void droppedEventsCostOneErrorPerSecondSoAFloodRunsItOutInLimitSeconds() {
    for (int second = 1; second < LIMIT; second++) {
      for (int event = 0; event < 1_000; event++) {
        assertThat(budget.spendOnOverflow()).as("second %d, event %d", second, event).isTrue();
        now += TimeUnit.MILLISECONDS.toNanos(1);
      }
    }
    assertThat(budget.spendOnOverflow()).as("the %d-th second of flooding", LIMIT).isFalse();
  }

  @Test
  void aBurstOfDroppedEventsNowAndThenNeverRunsItOut() {
    for (int burst = 0; burst < 100; burst++) {
      for (int event = 0; event < 500; event++) {
        assertThat(budget.spendOnOverflow()).as("burst %d, event %d", burst, event).isTrue();
      }
      advanceSeconds(20); // three bursts a minute: three errors, under the limit of five
    }
  }

  @Test
  void droppedEventsAndOtherErrorsShareTheBudget() {
    budget.spendOnOverflow();
    for (int i = 2; i < LIMIT; i++) {
      assertThat(budget.spend()).isTrue();
    }
    assertThat(budget.spendOnOverflow()).as("within the same second: free").isTrue();
    advanceSeconds(1);
    assertThat(budget.spendOnOverflow()).as("a new second of dropping: the fifth error").isFalse();
  }
}
