package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The event token bucket, on a clock the test moves by hand. */
class EventBucketTest {

  private long now = 5_000_000_000L; // nanoTime's origin is arbitrary: any start will do

  private EventBucket bucket(int perSecond, int burst) {
    return new EventBucket(perSecond, burst, () -> now);
  }

  private void advanceMillis(long millis) {
    now += TimeUnit.MILLISECONDS.toNanos(millis);
  }

  private static int takeAll(EventBucket bucket, int tries) {
    int taken = 0;
    for (int i = 0; i < tries; i++) {
      if (bucket.take()) {
        taken++;
      }
    }
    return taken;
  }

  @Test
  void itStartsFullAndGivesTheBurstAtOnceThenRefuses() {
    EventBucket bucket = bucket(10, 25);
    assertThat(takeAll(bucket, 25)).isEqualTo(25);
    assertThat(bucket.take()).as("the 26th event in the same instant").isFalse();
    assertThat(bucket.take()).as("refusing takes nothing and gives nothing").isFalse();
  }

  @Test
  void itRefillsAtTheRateOneTokenAtATime() {
    EventBucket bucket = bucket(10, 5); // a token every 100 ms
    takeAll(bucket, 5);
    advanceMillis(99);
    assertThat(bucket.take()).as("99 ms is not yet a token").isFalse();
    advanceMillis(1);
    assertThat(bucket.take()).as("100 ms is one token").isTrue();
    assertThat(bucket.take()).isFalse();
    advanceMillis(350);
    assertThat(takeAll(bucket, 10)).as("350 ms are three tokens").isEqualTo(3);
    advanceMillis(50);
    assertThat(bucket.take()).as("the 50 ms left over from before count").isTrue();
  }

  @Test
  void aSteadySenderAtTheRateIsNeverRefused() {
    EventBucket bucket = bucket(100, 1);
    for (int i = 0; i < 10_000; i++) {
      advanceMillis(10);
      assertThat(bucket.take()).as("event %d, 10 ms after the last", i).isTrue();
    }
  }

  @Test
  void aFloodGetsTheBurstThenTheRateAndNoMore() {
    EventBucket bucket = bucket(50, 100);
    int taken = 0;
    for (int ms = 0; ms < 10_000; ms++) { // ten seconds, ten events every millisecond
      taken += takeAll(bucket, 10);
      advanceMillis(1);
    }
    assertThat(taken).as("100 at once + 50 a second for 10 s (±1 for the edges)")
        .isBetween(599, 601);
  }

  @Test
  void aLongQuietSpellFillsItOnlyToTheBurst() {
    EventBucket bucket = bucket(1_000_000, 1_000_000);
    takeAll(bucket, 1_000_000);
    now += TimeUnit.DAYS.toNanos(365 * 300L); // no overflow however long it was quiet
    assertThat(takeAll(bucket, 2_000_000)).isEqualTo(1_000_000);
  }

  @Test
  void aClockGoingBackwardsGivesNothing() {
    EventBucket bucket = bucket(10, 1);
    assertThat(bucket.take()).isTrue();
    now -= TimeUnit.SECONDS.toNanos(5);
    assertThat(bucket.take()).isFalse();
    advanceMillis(100);
    assertThat(bucket.take()).as("time counts again from where it went back to").isTrue();
  }

  @Test
  void aRateOrBurstBelowOneIsRefusedClearly() {
    assertThatThrownBy(() -> bucket(0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perSecond >= 1");
    assertThatThrownBy(() -> bucket(10, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("burst >= 1");
  }
}
