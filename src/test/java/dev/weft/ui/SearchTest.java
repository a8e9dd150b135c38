package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.AutoComplete;
import dev.weft.ui.controls.AutoCompleteSuggestion;
import dev.weft.ui.controls.SearchBar;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SearchBar and AutoComplete without a browser: the wire format, the text kept current, a chosen
 * suggestion found by index or key, and choices that do not exist refused.
 */
class SearchTest {

  private final ControlHarness h = new ControlHarness();

  @Test
  void aSearchBarsSuggestionsAreChildrenAndAChoiceIsOneOfThem() throws Exception {
    SearchBar bar = new SearchBar(new Text("Berlin"), new Text("Bern")).barHintText("Search cities");
    List<String> seen = new ArrayList<>();
    bar.onSelect(e -> seen.add(((Text) bar.selection()).value()));
    bar.onSubmit(e -> seen.add("submit " + bar.value()));
    h.page.add(bar);
    assertThat(h.node(bar).type()).isEqualTo("searchBar");
    assertThat(h.node(bar).props()).containsEntry("barHintText", "Search cities").doesNotContainKey("value");
    assertThat(h.node(bar).children()).extracting(c -> c.props().get("value")).containsExactly("Berlin", "Bern");

    assertThat(h.send(bar, "change", "be")).as("synced without a handler").isNull();
    assertThat(bar.value()).isEqualTo("be");
    h.act(bar, "select", 1L);
    h.act(bar, "submit", "bern");
    assertThat(seen).containsExactly("Bern", "submit bern");
    assertThatThrownBy(() -> h.send(bar, "tap", null)).as("no tap handler").hasMessageContaining("does not listen to tap");
    bar.onTap(e -> seen.add("tap"));
    h.act(bar, "tap", null);
    assertThat(seen).endsWith("tap");

    assertThatThrownBy(() -> h.send(bar, "select", 2L)).isInstanceOf(ProtocolException.class)
        .hasMessage("the data of select on a search bar must be the index of one of its 2 suggestions, not 2");
    assertThatThrownBy(() -> h.send(bar, "select", -1L)).hasMessageContaining("not -1");
    assertThatThrownBy(() -> h.send(bar, "select", "Bern")).hasMessageContaining("not Bern");
    assertThatThrownBy(() -> h.send(bar, "change", 5L)).hasMessage("the data of change on a search bar must be a string");
  }

  @Test
  void anAutoCompleteTakesOnlyTheKeysOfItsSuggestions() throws Exception {
    AutoComplete fruit = new AutoComplete(new AutoCompleteSuggestion("apple", "Apple"),
        new AutoCompleteSuggestion("pear", null)).label("Fruit");
    List<String> seen = new ArrayList<>();
    fruit.onSelect(e -> seen.add(fruit.selection().key() + "=" + fruit.value()));
    h.page.add(fruit);
    assertThat(h.node(fruit).type()).isEqualTo("autoComplete");
    assertThat(h.node(fruit).props()).containsEntry("suggestions", List.of(
        Map.of("key", "apple", "value", "Apple"), Map.of("key", "pear", "value", "pear")))
        .containsEntry("label", "Fruit");
    assertThat(fruit.selection()).isNull();

    assertThat(h.send(fruit, "change", "ap")).isNull();
    assertThat(fruit.value()).isEqualTo("ap");
    h.act(fruit, "select", "apple");
    assertThat(seen).containsExactly("apple=Apple");
    assertThat(fruit.selectedKey()).isEqualTo("apple");

    assertThatThrownBy(() -> h.send(fruit, "select", "mango")).isInstanceOf(ProtocolException.class)
        .hasMessage("\"mango\" is not the key of one of the autocomplete's suggestions");
    assertThatThrownBy(() -> h.send(fruit, "select", 1L)).hasMessageContaining("must be a suggestion's key");
    assertThat(fruit.selectedKey()).isEqualTo("apple");
  }
}
