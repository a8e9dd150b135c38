package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ControlIndexTest {

  private static <C extends Control<?>> C withId(C control, int id) {
    control.id = id;
    return control;
  }

  @Test
  void aFewControlsAreScannedInOneArrayThenHashedPastTheSmallSize() {
    ControlIndex index = new ControlIndex();
    List<Text> texts = new ArrayList<>();
    for (int id = 0; id < ControlIndex.SMALL; id++) {
      Text t = withId(new Text("t"), id * 31);
      texts.add(t);
      index.put(t);
      assertThat(index.hashed()).isFalse();
      assertThat(index.capacity()).as("grown by two: the array fits").isLessThanOrEqualTo(id + 2);
    }
    Text replacement = withId(new Text("r"), 31);
    index.put(replacement);
    assertThat(index.size()).isEqualTo(ControlIndex.SMALL);
    assertThat(index.get(31)).isSameAs(replacement);
    index.remove(0);
    assertThat(index.get(0)).isNull();
    assertThat(index.get(62)).isSameAs(texts.get(2));
    index.put(texts.get(0));
    Text ninth = withId(new Text("9"), 999);
    index.put(ninth);
    assertThat(index.hashed()).isTrue();
    assertThat(index.size()).isEqualTo(ControlIndex.SMALL + 1);
    assertThat(index.get(999)).isSameAs(ninth);
    assertThat(index.get(0)).isSameAs(texts.get(0));
    assertThat(index.get(31)).isSameAs(replacement);
    assertThat(index.get(32)).isNull();
    List<Control<?>> all = new ArrayList<>();
    index.forEach(all::add);
    assertThat(all).hasSize(ControlIndex.SMALL + 1).contains(ninth, replacement, texts.get(7));
  }

  @Test
  void aControlWithoutAnIdIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ControlIndex().put(new Text("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no id");
  }

  @Test
  void behavesLikeAMapUnderRandomPutsAndRemoves() {
    Random random = new Random(42);
    ControlIndex index = new ControlIndex();
    Map<Integer, Control<?>> expected = new HashMap<>();
    for (int round = 0; round < 200_000; round++) {
      int id = random.nextInt(5_000);
      if (random.nextInt(3) == 0) {
        index.remove(id);
        expected.remove(id);
      } else {
        Text t = withId(new Text("t" + id), id);
        index.put(t);
        expected.put(id, t);
      }
      if (round % 997 == 0) {
        for (int probe = 0; probe < 5_000; probe += 7) {
          assertThat(index.get(probe)).isSameAs(expected.get(probe));
        }
      }
    }
    assertThat(index.size()).isEqualTo(expected.size());
    List<Control<?>> all = new ArrayList<>();
    index.forEach(all::add);
    assertThat(all).containsExactlyInAnyOrderElementsOf(expected.values());
  }

  @Test
  void sequentialIdsAddedAndRemovedForeverKeepWorking() {
    ControlIndex index = new ControlIndex();
    for (int id = 0; id < 100_000; id++) {
      index.put(withId(new Text("x"), id));
      if (id >= 10) {
        index.remove(id - 10); // a window of ten live controls, like a page trimming a log
      }
    }
    assertThat(index.size()).isEqualTo(10);
    assertThat(index.get(99_990)).isNotNull();
    assertThat(index.get(99_989)).isNull();
  }
}
