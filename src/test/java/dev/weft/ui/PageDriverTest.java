package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Checkbox;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Dropdown;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageDriverTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private long seq = 1;

  private PageDriver.Dispatch send(Control<?> target, String name, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, target.id(), name, data));
  }

  private static ErrorCode codeOf(Throwable t) {
    return ((ProtocolException) t).code();
  }

  @Test
  void aClickRunsTheButtonsHandlerWithTheEvent() throws Exception {
    List<ControlEvent<Button>> seen = new ArrayList<>();
    Button b = new Button("b", seen::add);
    page.add(b);
    PageDriver.Dispatch d = send(b, "click", null);
    assertThat(d.isAsync()).isFalse();
    d.runBlocking();
    assertThat(seen).singleElement().satisfies(e -> {
      assertThat(e.control()).isSameAs(b);
      assertThat(e.page()).isSameAs(page);
      assertThat(e.seq()).isEqualTo(seq);
    });
  }

  @Test
  void asyncHandlersAreDispatchedAsAsync() throws Exception {
    Button b = Button.async("b", e -> null);
    page.add(b);
    PageDriver.Dispatch d = send(b, "click", null);
    assertThat(d.isAsync()).isTrue();
    assertThat(d.runAsync()).isNull();
  }

  @Test
  void unknownControlsAndEventsAreProtocolErrors() {
    Button b = new Button("b");
    page.add(b);
    assertThatThrownBy(() -> driver.dispatch(new ClientEvent(9, 999, "click", null)))
        .satisfies(t -> assertThat(codeOf(t)).isEqualTo(ErrorCode.UNKNOWN_CONTROL));
    assertThatThrownBy(() -> send(b, "click", null))
        .satisfies(t -> assertThat(codeOf(t)).isEqualTo(ErrorCode.UNKNOWN_EVENT));
  }

  @Test
  void aRemovedControlIsUnknown() {
    Button b = new Button("b", e -> { });
    page.add(b);
    page.remove(b);
    assertThatThrownBy(() -> send(b, "click", null))
        .satisfies(t -> assertThat(codeOf(t)).isEqualTo(ErrorCode.UNKNOWN_CONTROL));
  }

  @Test
  void disabledControlsAndControlsInsideDisabledOnesTakeNoEvents() {
    Button b = new Button("b", e -> { }).disabled(true);
    Button inner = new Button("inner", e -> { });
    Column column = new Column(inner).disabled(true);
    page.add(b, column);
    assertThatThrownBy(() -> send(b, "click", null)).hasMessageContaining("disabled");
    assertThatThrownBy(() -> send(inner, "click", null)).hasMessageContaining("disabled");
  }

  @Test
  void typingSyncsATextFieldsValueWithoutEchoingIt() throws Exception {
    TextField field = new TextField("Name");
    page.add(field);
    int sent = sink.messages.size();
    assertThat(send(field, "change", "Ada")).isNull(); // no handler: only the value is synced
    assertThat(field.value()).isEqualTo("Ada");
    page.update();
    assertThat(sink.messages).hasSize(sent); // the client already shows it
  }

  @Test
  void aTextFieldRefusesNonTextAndOverlongValues() {
    TextField field = new TextField("Name").maxLength(3);
    page.add(field);
    assertThatThrownBy(() -> send(field, "change", 5))
        .satisfies(t -> assertThat(codeOf(t)).isEqualTo(ErrorCode.BAD_MESSAGE));
    assertThatThrownBy(() -> send(field, "change", "four"))
        .hasMessageContaining("maxLength");
    assertThat(field.value()).isEmpty();
  }

  @Test
  void togglesTakeBooleans() throws Exception {
    Checkbox box = new Checkbox("c");
    Switch toggle = new Switch("s", true);
    page.add(box, toggle);
    send(box, "change", true);
    send(toggle, "change", false);
    assertThat(box.value()).isTrue();
    assertThat(toggle.value()).isFalse();
    assertThatThrownBy(() -> send(box, "change", "yes"))
        .satisfies(t -> assertThat(codeOf(t)).isEqualTo(ErrorCode.BAD_MESSAGE));
  }

  @Test
  void aDropdownTakesOnlyItsOwnOptions() throws Exception {
    Dropdown d = Dropdown.of("Colour", "red", "green");
    page.add(d);
    send(d, "change", "green");
    assertThat(d.value()).isEqualTo("green");
    assertThatThrownBy(() -> send(d, "change", "purple")).hasMessageContaining("not one of");
    assertThat(d.value()).isEqualTo("green");
  }

  @Test
  void aTextHasNoEvents() {
    Text t = new Text("t");
    page.add(t);
    assertThatThrownBy(() -> send(t, "change", "x"))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.UNKNOWN_EVENT));
  }
}
