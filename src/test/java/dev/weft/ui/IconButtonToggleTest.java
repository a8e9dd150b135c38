package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.ui.controls.IconButton;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IconButton.selected: false is sent (a toggle button that is off), not dropped as a default. */
class IconButtonToggleTest {

  private final RecordingSink sink = new RecordingSink();
  private final Page page = RecordingSink.newDriver(sink).page();

  @Test
  void aPlainButtonHasNoSelectedAndAToggleSendsBothStates() {
    IconButton plain = new IconButton("add");
    assertThat(plain.selected()).isFalse();
    assertThat(((Control<?>) plain).prop("selected")).isNull();

    IconButton toggle = new IconButton("favorite").selected(false);
    page.add(toggle);
    assertThat(toggle.selected()).isFalse();
    assertThat(((Control<?>) toggle).prop("selected")).isEqualTo(false);

    toggle.selected(true);
    page.update();
    assertThat(toggle.selected()).isTrue();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(toggle.id(), Map.of("selected", true)));

    toggle.selected(false);
    page.update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(toggle.id(), Map.of("selected", false)));
  }
}
