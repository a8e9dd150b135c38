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
    dev.weft.ui.controls.Column column = new dev.weft.ui.controls.Column();
    page.add(column);
    TextField field = new TextField("new");
    column.controls().add(field); // not sent yet: a child list change waits for the update
    field.focus();
    Patch inserted = (Patch) sink.messages.get(sink.messages.size() - 1);
    assertThat(inserted.ops()).singleElement().isInstanceOfSatisfying(Op.Insert.class,
        i -> assertThat(i.control().props()).doesNotContainKey("focus"));
    page.update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(field.id(), Map.of("focus", 1)));
  }

  @Test
  void aControlNotOnAPageCannotBeFocused() {
    assertThatThrownBy(() -> new TextField("x").focus())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("add it before focusing");
  }
}
