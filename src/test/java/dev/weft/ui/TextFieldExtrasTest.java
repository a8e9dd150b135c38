package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.InputFilter;
import dev.weft.ui.controls.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text field's extras: icons, password reveal, counter, line limits and the input filter on
 * the wire, and a value breaking the filter refused by the server, whatever the browser let by.
 */
class TextFieldExtrasTest {

  private final ControlHarness h = new ControlHarness();

  @Test
  void theExtrasGoOnTheWire() {
    TextField f = new TextField("Password").password(true).canRevealPassword(true).prefixIcon("lock")
        .suffixIcon("info").counterText("{value_length} of {max_length}").maxLength(20)
        .multiline(false).maxLines(3).inputFilter(InputFilter.numbersOnly());
    h.page.add(f);
    assertThat(h.node(f).props()).containsEntry("canRevealPassword", true).containsEntry("prefixIcon", "lock")
        .containsEntry("suffixIcon", "info").containsEntry("counterText", "{value_length} of {max_length}")
        .containsEntry("maxLines", 3).containsEntry("inputFilter", Map.of("regex", "[0-9]*", "allow", true));
    assertThat(f.inputFilter()).isEqualTo(InputFilter.numbersOnly());
    TextField plain = new TextField("Plain");
    h.page.add(plain);
    assertThat(h.node(plain).props()).doesNotContainKeys("canRevealPassword", "inputFilter", "maxLines",
        "counterText", "prefixIcon", "suffixIcon");
    assertThat(plain.inputFilter()).isNull();
  }

  @Test
  void aValueBreakingTheFilterIsRefusedOnEveryEventThatCarriesIt() throws Exception {
    TextField age = new TextField("Age").inputFilter(InputFilter.numbersOnly());
    age.onSubmit(e -> { }).onBlur(e -> { });
    h.page.add(age);
    assertThat(h.send(age, "change", "42")).isNull();
    assertThat(age.value()).isEqualTo("42");
    for (String event : new String[] {"change", "submit", "blur"}) {
      assertThatThrownBy(() -> h.send(age, event, "4x2")).as(event).isInstanceOf(ProtocolException.class)
          .hasMessage("the value \"4x2\" does not pass the field's input filter (it must match [0-9]*)");
    }
    assertThat(age.value()).as("the refused value was not kept").isEqualTo("42");
    assertThat(h.send(age, "change", "")).as("empty matches [0-9]*").isNull();
  }

  @Test
  void aDenyFilterRefusesAnyMatch() throws Exception {
    TextField name = new TextField("Name").inputFilter(InputFilter.deny("\\s"));
    h.page.add(name);
    h.send(name, "change", "ada");
    assertThatThrownBy(() -> h.send(name, "change", "ada l")).hasMessageContaining("(it must not contain \\s)");
  }

  @Test
  void filtersAndLimitsAreCheckedWhenTheAppSetsThem() {
    assertThatThrownBy(() -> InputFilter.allow("[0-9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input filter regex [0-9 is not valid");
    assertThatThrownBy(() -> new TextField().maxLines(0)).hasMessage("maxLines must be at least 1, not 0");
    assertThat(InputFilter.textOnly().accepts("Zoë")).isTrue();
    assertThat(InputFilter.textOnly().accepts("Zoë1")).isFalse();
  }
}
