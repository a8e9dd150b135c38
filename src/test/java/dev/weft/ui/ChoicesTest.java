package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Radio;
import dev.weft.ui.controls.RadioGroup;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Segment;
import dev.weft.ui.controls.SegmentedButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RadioGroup and SegmentedButton without a browser: the wire format, a user's choice stored
 * without an echo, and choices the controls do not offer refused.
 */
class ChoicesTest {

  private final ControlHarness h = new ControlHarness();

  @Test
  void aRadioGroupTakesOnlyTheValuesOfItsOwnRadios() throws Exception {
    RadioGroup inner = new RadioGroup(new Column(new Radio("x", "X")));
    RadioGroup drink = new RadioGroup(new Column(new Row(new Radio("coffee", "Coffee"), new Radio("tea", "Tea")),
        new Radio("water", "Water"), inner)).value("tea").label("Drink");
    List<String> seen = new ArrayList<>();
    drink.onChange(e -> seen.add(drink.value()));
    h.page.add(drink);
    assertThat(h.node(drink).type()).isEqualTo("radioGroup");
    assertThat(h.node(drink).props()).containsEntry("value", "tea").containsEntry("label", "Drink");
    Radio coffee = drink.radios().get(0);
    assertThat(h.node(coffee).props()).isEqualTo(Map.of("value", "coffee", "label", "Coffee"));
    assertThat(drink.radios()).extracting(Radio::value).containsExactly("coffee", "tea", "water");

    int before = h.messages();
    h.act(drink, "change", "water");
    assertThat(seen).containsExactly("water");
    h.page.update();
    assertThat(h.messages()).as("no echo").isEqualTo(before);

    assertThatThrownBy(() -> h.send(drink, "change", "juice")).isInstanceOf(ProtocolException.class)
        .hasMessage("\"juice\" is not the value of a radio in the group");
    assertThatThrownBy(() -> h.send(drink, "change", "x")).as("a nested group's radio")
        .hasMessageContaining("not the value of a radio");
    assertThatThrownBy(() -> h.send(drink, "change", null)).hasMessageContaining("must be a radio's value");
    assertThatThrownBy(() -> h.send(drink, "change", 1L)).hasMessageContaining("must be a radio's value");
    assertThat(drink.value()).isEqualTo("water");
    assertThatThrownBy(() -> new Radio(null, "No value")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aSingleSelectSegmentedButtonKeepsExactlyOne() throws Exception {
    SegmentedButton view = new SegmentedButton(new Segment("day", "Day"), new Segment("week", "Week"),
        new Segment("grid", null, "apps", null)).selected("week");
    List<Set<String>> seen = new ArrayList<>();
    view.onChange(e -> seen.add(view.selected()));
    h.page.add(view);
    assertThat(h.node(view).type()).isEqualTo("segmentedButton");
    assertThat(h.node(view).props()).containsEntry("segments", List.of(
        Map.of("value", "day", "label", "Day"), Map.of("value", "week", "label", "Week"),
        Map.of("value", "grid", "icon", "apps", "tooltip", "grid"))) // an icon alone is named
        .containsEntry("selected", List.of("week"))
        .doesNotContainKeys("allowMultipleSelection", "allowEmptySelection", "showSelectedIcon");
    h.act(view, "change", "[\"day\"]");
    assertThat(seen).containsExactly(Set.of("day"));

    Object[][] bad = {
        {"[\"day\", \"week\"]", "only one segment can be selected"},
        {"[]", "a segment must stay selected"},
        {"[\"month\"]", "no segment has the value month"},
        {"[1]", "JSON array of segment values"},
        {List.of("day"), "JSON array of segment values"},
        {"[\"day\", \"day\"]", "selected twice"},
    };
    for (Object[] b : bad) {
      assertThatThrownBy(() -> h.send(view, "change", b[0])).as("%s", b[0])
          .isInstanceOf(ProtocolException.class).hasMessageContaining((String) b[1]);
    }
    assertThat(view.selected()).containsExactly("day");
  }

  @Test
  void aMultiSelectTakesSeveralInSegmentOrderAndMayBeEmpty() throws Exception {
    SegmentedButton sizes = new SegmentedButton(new Segment("s", "S"), new Segment("m", "M"),
        new Segment("l", "L")).allowMultipleSelection(true).allowEmptySelection(true).showSelectedIcon(false);
    h.page.add(sizes);
    assertThat(h.node(sizes).props()).containsEntry("allowMultipleSelection", true)
        .containsEntry("allowEmptySelection", true).containsEntry("showSelectedIcon", false)
        .doesNotContainKey("selected");
    h.send(sizes, "change", "[\"l\", \"s\"]");
    assertThat(sizes.selected()).containsExactly("s", "l");
    h.send(sizes, "change", "[]");
    assertThat(sizes.selected()).isEmpty();
  }

  @Test
  void theAppsSegmentsAndSelectionAreChecked() {
    assertThatThrownBy(() -> new SegmentedButton(new Segment("a", "A"), new Segment("a", "B")))
        .hasMessage("two segments have the value a");
    assertThatThrownBy(() -> new SegmentedButton(new Segment("a", "A")).selected("b"))
        .hasMessage("no segment has the value b");
    assertThatThrownBy(() -> new Segment("a", null, null, null)).hasMessageContaining("needs a label or an icon");
  }
}
