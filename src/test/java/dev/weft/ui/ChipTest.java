package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Chip;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chip without a browser: the three kinds on the wire, select kept current, bad data refused. */
class ChipTest {

  private final ControlHarness h = new ControlHarness();

  @Test
  void theKindsOfChipOnTheWire() {
    Chip assist = new Chip("Add").leadingIcon("add").onClick(e -> { });
    Chip filter = new Chip("Vegan").selected(false).showCheckmark(false);
    Chip input = new Chip("Ada").onDelete(e -> { }).deleteIconTooltip("Remove Ada");
    h.page.add(assist, filter, input);
    assertThat(h.node(assist).type()).isEqualTo("chip");
    assertThat(h.node(assist).props()).containsEntry("label", "Add").containsEntry("leadingIcon", "add")
        .containsEntry("events", List.of("click")).doesNotContainKeys("selected", "showCheckmark");
    assertThat(h.node(filter).props()).containsEntry("selected", false).containsEntry("showCheckmark", false);
    assertThat(filter.selectable()).isTrue();
    assertThat(assist.selectable()).isFalse();
    assertThat(h.node(input).props()).containsEntry("events", List.of("delete"))
        .containsEntry("deleteIconTooltip", "Remove Ada");
  }

  @Test
  void aFilterChipsSelectIsKeptWithOrWithoutAHandler() throws Exception {
    Chip quiet = new Chip("Quiet").selected(false);
    List<Boolean> seen = new ArrayList<>();
    Chip vegan = new Chip("Vegan").selected(false);
    vegan.onSelect(e -> seen.add(vegan.selected()));
    h.page.add(quiet, vegan);
    assertThat(h.send(quiet, "select", true)).isNull();
    assertThat(quiet.selected()).isTrue();
    h.act(vegan, "select", true);
    h.act(vegan, "select", false);
    assertThat(seen).containsExactly(true, false);
    assertThatThrownBy(() -> h.send(vegan, "select", "yes")).isInstanceOf(ProtocolException.class)
        .hasMessage("the data of select on a chip must be a boolean");
  }

  @Test
  void aChipThatIsNoFilterRefusesSelectAndOneWithoutDeleteRefusesDelete() throws Exception {
    Chip assist = new Chip("Add").onClick(e -> { });
    h.page.add(assist);
    assertThatThrownBy(() -> h.send(assist, "select", true)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("does not listen to select");
    assertThatThrownBy(() -> h.send(assist, "delete", null)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("does not listen to delete");
    Chip odd = new Chip("Odd").onSelect(e -> { }); // a handler but never made a filter chip
    h.page.add(odd);
    assertThatThrownBy(() -> h.send(odd, "select", true)).hasMessageContaining("is not a filter chip");
  }

  @Test
  void deleteRunsTheHandler() throws Exception {
    List<String> seen = new ArrayList<>();
    Chip ada = new Chip("Ada").onDelete(e -> seen.add(e.control().label()));
    h.page.add(ada);
    h.act(ada, "delete", null);
    assertThat(seen).containsExactly("Ada");
  }
}
