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
        Text t = new Text("t" + id);
        index.put(id, t);
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
      index.put(id, new Text("x"));
      if (id >= 10) {
        index.remove(id - 10); // a window of ten live controls, like a page trimming a log
      }
    }
    assertThat(index.size()).isEqualTo(10);
    assertThat(index.get(99_990)).isNotNull();
    assertThat(index.get(99_989)).isNull();
  }
}
