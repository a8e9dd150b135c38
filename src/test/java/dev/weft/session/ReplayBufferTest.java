package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a session can replay to a browser that comes back, and when it must render instead. */
class ReplayBufferTest {

  private static List<String> replayed(ReplayBuffer buffer, long ack) {
    List<String> frames = new ArrayList<>();
    buffer.replayAfter(ack, frames::add);
    return frames;
  }

  @Test
  void aBrowserThatAppliedTheRenderGetsEverythingAfterIt() {
    ReplayBuffer buffer = new ReplayBuffer(1_000);
    buffer.restart(1);
    buffer.add(2, "two");
    buffer.add(3, "three");
    assertThat(buffer.covers(1)).isTrue();
    assertThat(replayed(buffer, 1)).containsExactly("two", "three");
    assertThat(replayed(buffer, 2)).containsExactly("three");
    assertThat(buffer.covers(3)).as("up to date: nothing to replay, still resumable").isTrue();
    assertThat(replayed(buffer, 3)).isEmpty();
  }

  @Test
  void nothingBeforeTheLastRenderNorBeyondTheLastMessageIsCovered() {
    ReplayBuffer buffer = new ReplayBuffer(1_000);
    buffer.restart(1);
    buffer.add(2, "two");
    buffer.restart(3);
    buffer.add(4, "four");
    assertThat(buffer.covers(2)).as("it missed the render").isFalse();
    assertThat(buffer.covers(3)).isTrue();
    assertThat(buffer.covers(5)).as("never sent").isFalse();
    assertThat(buffer.covers(0)).as("a new page").isFalse();
  }

  @Test
  void theOldestGoWhenTheBytesOverflowAndThoseBehindThemGetARender() {
    ReplayBuffer buffer = new ReplayBuffer(10);
    buffer.restart(1);
    buffer.add(2, "aaaa");
    buffer.add(3, "bbbb");
    buffer.add(4, "cccc"); // 12 bytes: "aaaa" goes
    assertThat(buffer.bytes()).isEqualTo(8);
    assertThat(buffer.covers(1)).isFalse();
    assertThat(buffer.covers(2)).isTrue();
    assertThat(replayed(buffer, 2)).containsExactly("bbbb", "cccc");
    buffer.add(5, "x".repeat(11)); // could never fit
    assertThat(buffer.bytes()).isZero();
    assertThat(buffer.covers(4)).isFalse();
    assertThat(buffer.covers(5)).isTrue();
  }

  @Test
  void acknowledgedMessagesAreDroppedAndCannotBeAskedForAgain() {
    ReplayBuffer buffer = new ReplayBuffer(1_000);
    buffer.restart(1);
    buffer.add(2, "two");
    buffer.add(3, "three");
    buffer.acknowledge(2);
    assertThat(buffer.bytes()).isEqualTo(5);
    assertThat(buffer.covers(1)).isFalse();
    assertThat(replayed(buffer, 2)).containsExactly("three");
    buffer.acknowledge(3);
    assertThat(buffer.bytes()).isZero();
    assertThat(buffer.covers(3)).isTrue();
  }

  @Test
  void aZeroByteBufferAlwaysRenders() {
    ReplayBuffer buffer = new ReplayBuffer(0);
    buffer.restart(1);
    buffer.add(2, "two");
    assertThat(buffer.covers(1)).isFalse();
    assertThat(buffer.covers(2)).isTrue();
  }

  private static Object entries(ReplayBuffer buffer) throws Exception {
    java.lang.reflect.Field f = ReplayBuffer.class.getDeclaredField("entries");
    f.setAccessible(true);
    return f.get(buffer);
  }

  @Test
  void anEmptyBufferHoldsNoStorageAndGivesItBackOnceAcknowledged() throws Exception {
    ReplayBuffer buffer = new ReplayBuffer(1_000);
    buffer.restart(1);
    assertThat(entries(buffer)).as("nothing sent since the render").isNull();
    buffer.add(2, "two");
    assertThat(entries(buffer)).isNotNull();
    buffer.acknowledge(2);
    assertThat(entries(buffer)).as("all acknowledged: an idle session keeps no deque").isNull();
    buffer.add(3, "three");
    buffer.restart(4);
    assertThat(entries(buffer)).as("a render replaces what came before").isNull();
  }
}
