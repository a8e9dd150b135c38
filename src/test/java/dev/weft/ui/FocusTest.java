package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.ui.controls.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code control.focus()}: a counter in the {@code focus} property, sent in an update. */
class FocusTest {

  private final RecordingSink sink = new RecordingSink();
  private final Page page = RecordingSink.newDriver(sink).page();

  @Test
  void eachCallBumpsTheCounterInAPatch() {
    TextField field = new TextField("name");
    page.add(field);
    field.focus();
    page.update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(field.id(), Map.of("focus", 1)));
    field.focus();
    page.update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(field.id(), Map.of("focus", 2)));
  }

  @Test
  void aControlAddedInTheSameHandlerIsSentBeforeItsFocus() {
    page.update();
    TextField field = new TextField("new");
    page.controls(); // the page is rendered
    page.add(field);
    field.focus();
    page.update();
    assertThat(sink.last()).isInstanceOf(Patch.class);
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(field.id(), Map.of("focus", 1)));
  }

  @Test
  void aControlNotOnAPageCannotBeFocused() {
    assertThatThrownBy(() -> new TextField("x").focus())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("add it before focusing");
  }
}
