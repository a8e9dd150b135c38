package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Card;
import dev.weft.ui.controls.CardVariant;
import dev.weft.ui.controls.GridView;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.ListTile;
import dev.weft.ui.controls.ListView;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ListView, GridView, ListTile and Card: the wire format, their events, and bad client data refused. */
class ListsTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();

  private Node wire(Control<?> control) {
    return ControlHarness.find(PageDriver.snapshot(page), control.id());
  }

  private long seq;

  private PageDriver.Dispatch dispatch(Control<?> control, String event, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, control.id(), event, data));
  }

  @Test
  void aListViewSendsItsItemsAsChildrenAndOnlyPropertiesThatDifferFromTheDefaults() {
    ListView list = new ListView(new Text("a"), new Text("b"));
    page.add(list);
    Node node = wire(list);
    assertThat(node.type()).isEqualTo("listView");
    assertThat(node.props()).isEmpty();
    assertThat(node.children()).extracting(Node::type).containsExactly("text", "text");

    list.spacing(8).padding(4).autoScroll(true).horizontal(true).itemExtent(48);
    assertThat(wire(list).props()).containsEntry("spacing", 8).containsEntry("padding", 4)
        .containsEntry("autoScroll", true).containsEntry("horizontal", true).containsEntry("itemExtent", 48);
    assertThat(list.spacing()).isEqualTo(8);
    assertThat(list.autoScroll()).isTrue();
    assertThat(list.horizontal()).isTrue();
    assertThat(list.itemExtent()).isEqualTo(48);

    list.spacing(0).autoScroll(false).horizontal(false).itemExtent(null).padding(1, 2, 3, 4);
    assertThat(wire(list).props()).doesNotContainKeys("spacing", "autoScroll", "horizontal", "itemExtent")
        .containsEntry("padding", List.of(1, 2, 3, 4));
  }

  @Test
  void oneItemChangedInALongListIsOneSmallOperation() {
    List<Control<?>> items = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      items.add(new ListTile(new Text("Item " + i)));
    }
    ListView list = new ListView(items.toArray(Control<?>[]::new));
    page.add(list);
    int before = sink.messages.size();
    ((Text) ((ListTile) list.controls().get(5000)).title()).value("changed");
    page.update();
    assertThat(sink.messages).hasSize(before + 1);
    List<Op> ops = ((Patch) sink.last()).ops();
    assertThat(ops).hasSize(1);
    assertThat(ops.get(0)).isInstanceOf(Op.Set.class);
  }

  @Test
  void badSizesAreRefusedWhereTheAppSetsThem() {
    ListView list = new ListView();
    assertThatThrownBy(() -> list.spacing(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spacing must be 0 or more, not -1");
    assertThatThrownBy(() -> list.itemExtent(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("itemExtent must be more than 0, not 0");
    assertThatThrownBy(() -> list.padding(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    GridView grid = new GridView();
    assertThatThrownBy(() -> grid.runsCount(0)).hasMessage("runsCount must be 1 or more, not 0");
    assertThatThrownBy(() -> grid.maxExtent(-5)).hasMessage("maxExtent must be more than 0, not -5");
    assertThatThrownBy(() -> grid.childAspectRatio(0)).hasMessage("childAspectRatio must be more than 0, not 0");
    assertThatThrownBy(() -> new Card().elevation(6)).hasMessage("elevation must be 0 to 5, not 6");
  }

  @Test
  @SuppressWarnings("unchecked")
  void scrollEndRunsItsHandlerAndBadScrollDataIsRefused() throws Exception {
    List<String> seen = new ArrayList<>();
    ListView list = new ListView(new Text("a"));
    list.onScrollEnd(e -> seen.add("end " + e.data()));
    list.onScroll(e -> seen.add("scroll " + e.data()));
    page.add(list);
    assertThat((List<Object>) wire(list).props().get("events")).containsExactlyInAnyOrder("scrollEnd", "scroll");

    dispatch(list, "scrollEnd", null).runBlocking();
    dispatch(list, "scroll", 120).runBlocking();
    assertThat(seen).containsExactly("end null", "scroll 120");

    assertThatThrownBy(() -> dispatch(list, "scrollEnd", "x"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("scrollEnd on a listView carries no data")
        .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    assertThatThrownBy(() -> dispatch(list, "scroll", "far"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("must be a number of pixels");
    assertThatThrownBy(() -> dispatch(list, "scroll", -3))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("must be a number of pixels");
  }

  @Test
  void aListViewWithoutAHandlerRefusesScrollEnd() {
    ListView list = new ListView();
    page.add(list);
    assertThatThrownBy(() -> dispatch(list, "scrollEnd", null))
        .isInstanceOf(ProtocolException.class)
        .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.UNKNOWN_EVENT));
  }

  @Test
  void aGridViewSendsItsLayout() {
    GridView grid = new GridView(new Text("1"), new Text("2"));
    page.add(grid);
    assertThat(wire(grid).type()).isEqualTo("gridView");
    assertThat(wire(grid).props()).isEmpty();
    assertThat(grid.runsCount()).isEqualTo(1);
    assertThat(grid.childAspectRatio()).isEqualTo(1);
    grid.runsCount(3).maxExtent(120).childAspectRatio(1.5).spacing(4).runSpacing(6);
    assertThat(wire(grid).props()).containsEntry("runsCount", 3).containsEntry("maxExtent", 120)
        .containsEntry("childAspectRatio", 1.5).containsEntry("spacing", 4).containsEntry("runSpacing", 6);
    grid.runsCount(1).childAspectRatio(1).runSpacing(0);
    assertThat(wire(grid).props()).doesNotContainKeys("runsCount", "childAspectRatio", "runSpacing");
  }

  @Test
  void aListTilesSlotsAreItsChildrenInSlotOrderNamedBySlots() {
    Text title = new Text("Title");
    Text trailing = new Text("meta");
    ListTile tile = new ListTile(title).trailing(trailing);
    page.add(tile);
    Node node = wire(tile);
    assertThat(node.type()).isEqualTo("listTile");
    assertThat(node.props()).containsEntry("slots", List.of("title", "trailing"));
    assertThat(node.children()).extracting(Node::id).containsExactly(title.id(), trailing.id());

    IconButton leading = new IconButton("person");
    Text subtitle = new Text("Sub");
    tile.subtitle(subtitle).leading(leading);
    node = wire(tile);
    assertThat(node.props()).containsEntry("slots", List.of("leading", "title", "subtitle", "trailing"));
    assertThat(node.children()).extracting(Node::id)
        .containsExactly(leading.id(), title.id(), subtitle.id(), trailing.id());
    assertThat(tile.leading()).isSameAs(leading);
    assertThat(tile.subtitle()).isSameAs(subtitle);

    Text other = new Text("Other");
    tile.title(other).leading(null);
    node = wire(tile);
    assertThat(node.props()).containsEntry("slots", List.of("title", "subtitle", "trailing"));
    assertThat(node.children()).extracting(Node::id).containsExactly(other.id(), subtitle.id(), trailing.id());
    assertThat(tile.leading()).isNull();
    assertThat(tile.title()).isSameAs(other);

    tile.title(null).subtitle(null).trailing(null);
    assertThat(wire(tile).props()).doesNotContainKey("slots");
    assertThat(wire(tile).children()).isEmpty();
  }

  @Test
  void aListTileClicksAndRefusesClickData() throws Exception {
    List<String> clicked = new ArrayList<>();
    ListTile tile = new ListTile("Row").selected(true).dense(true).contentPadding(8);
    tile.onClick(e -> clicked.add("clicked"));
    page.add(tile);
    assertThat(wire(tile).props()).containsEntry("selected", true).containsEntry("dense", true)
        .containsEntry("contentPadding", 8).containsEntry("events", List.of("click"));
    dispatch(tile, "click", null).runBlocking();
    assertThat(clicked).containsExactly("clicked");
    assertThatThrownBy(() -> dispatch(tile, "click", Map.of("x", 1)))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("click on a listTile carries no data");
    tile.selected(false).dense(false).contentPadding(null);
    assertThat(wire(tile).props()).doesNotContainKeys("selected", "dense", "contentPadding");
  }

  @Test
  void aCardHoldsOneControlAndSendsItsLook() {
    Text inside = new Text("inside");
    Card card = new Card(inside);
    page.add(card);
    assertThat(wire(card).type()).isEqualTo("card");
    assertThat(wire(card).props()).isEmpty();
    assertThat(card.variant()).isEqualTo(CardVariant.ELEVATED);
    assertThat(card.borderRadius()).isEqualTo(12);
    card.variant(CardVariant.OUTLINED).elevation(3).color("surfaceContainer").margin(8).borderRadius(20);
    assertThat(wire(card).props()).containsEntry("variant", "outlined").containsEntry("elevation", 3)
        .containsEntry("color", "surfaceContainer").containsEntry("margin", 8).containsEntry("borderRadius", 20);
    Text other = new Text("other");
    card.content(other);
    assertThat(wire(card).children()).extracting(Node::id).containsExactly(other.id());
    card.content(null).variant(CardVariant.ELEVATED).borderRadius(12).elevation(null);
    assertThat(wire(card).children()).isEmpty();
    assertThat(wire(card).props()).doesNotContainKeys("variant", "borderRadius", "elevation");
  }
}
