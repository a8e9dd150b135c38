package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Alignment;
import dev.weft.ui.controls.ClipBehavior;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.DragTarget;
import dev.weft.ui.controls.DragTargetEvent;
import dev.weft.ui.controls.Draggable;
import dev.weft.ui.controls.ExpansionPanel;
import dev.weft.ui.controls.ExpansionPanelList;
import dev.weft.ui.controls.ExpansionTile;
import dev.weft.ui.controls.GestureDetector;
import dev.weft.ui.controls.GestureEvent;
import dev.weft.ui.controls.MouseCursor;
import dev.weft.ui.controls.Stack;
import dev.weft.ui.controls.StackFit;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stack, ExpansionTile, ExpansionPanelList, GestureDetector, Draggable and DragTarget without a
 * browser: what goes on the wire, how the browser's values and gesture data are taken, and that
 * malformed data is refused with a protocol error that says what is wrong.
 */
class GesturesTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private long seq;

  private Node wire(Control<?> control) {
    return ControlHarness.find(PageDriver.snapshot(page), control.id());
  }

  private PageDriver.Dispatch send(Control<?> target, String name, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, target.id(), name, data));
  }

  private void run(Control<?> target, String name, Object data) throws Exception {
    PageDriver.Dispatch dispatch = send(target, name, data);
    assertThat(dispatch).as("a handler for %s on %s", name, target).isNotNull();
    dispatch.runBlocking();
  }

  private void assertRefused(Control<?> target, String name, Object data, String message) {
    assertThatThrownBy(() -> send(target, name, data))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(message)
        .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
  }

  private static List<String> slotNames(Node node) {
    return node.children().stream().peek(c -> assertThat(c.type()).isEqualTo("slot"))
        .map(c -> (String) c.props().get("name")).toList();
  }

  // ------------------------------------------------------------------ stack and offsets

  @Test
  void aStackSendsItsLayoutAndItsChildrenTheirOffsets() {
    Container dot = new Container().width(14).height(14).right(0).bottom(2.5);
    Container face = new Container();
    Stack stack = new Stack(face, dot).clipBehavior(ClipBehavior.NONE).alignment(Alignment.CENTER)
        .fit(StackFit.EXPAND);
    page.add(stack);
    Node node = wire(stack);
    assertThat(node.type()).isEqualTo("stack");
    assertThat(node.props()).containsEntry("clipBehavior", "none").containsEntry("alignment", "center")
        .containsEntry("fit", "expand");
    assertThat(wire(dot).props()).containsEntry("right", 0).containsEntry("bottom", 2.5)
        .doesNotContainKeys("left", "top");
    assertThat(wire(face).props()).doesNotContainKeys("left", "top", "right", "bottom");
    assertThat(dot.right()).isEqualTo(0);
    assertThat(dot.left()).isNull();

    // defaults are sent as nothing
    stack.clipBehavior(ClipBehavior.HARD_EDGE).alignment(Alignment.TOP_LEFT).fit(StackFit.LOOSE);
    dot.right(null);
    page.update();
    assertThat(wire(stack).props()).doesNotContainKeys("clipBehavior", "alignment", "fit");
    assertThat(wire(dot).props()).doesNotContainKey("right");
    assertThat(stack.clipBehavior()).isEqualTo(ClipBehavior.HARD_EDGE);
    assertThat(stack.fit()).isEqualTo(StackFit.LOOSE);
  }

  // ------------------------------------------------------------------ expansion tile

  @Test
  void anExpansionTileSendsItsPartsAsNamedSlotsInOrder() {
    ExpansionTile tile = new ExpansionTile("Title");
    page.add(tile);
    assertThat(slotNames(wire(tile))).containsExactly("title", "controls");
    Text sub = new Text("sub");
    tile.trailing(new Text("t")).subtitle(sub).leading(new Text("l"));
    tile.controls().add(new Text("inside"));
    page.update();
    Node node = wire(tile);
    assertThat(slotNames(node)).containsExactly("leading", "title", "subtitle", "trailing", "controls");
    assertThat(node.children().get(4).children()).extracting(Node::type).containsExactly("text");
    assertThat(tile.subtitle()).isSameAs(sub);

    tile.subtitle(null).title(new Text("New title"));
    page.update();
    assertThat(slotNames(wire(tile))).containsExactly("leading", "title", "trailing", "controls");
    assertThat(((Text) tile.title()).value()).isEqualTo("New title");
    assertThatThrownBy(() -> tile.title(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a title");
  }

  @Test
  void anExpansionTileFollowsTheUserAndRefusesWhatIsNoBoolean() throws Exception {
    ExpansionTile tile = new ExpansionTile("FAQ").initiallyExpanded(true);
    page.add(tile);
    assertThat(wire(tile).props()).containsEntry("expanded", true);
    assertThat(tile.initiallyExpanded()).isTrue();

    // without a handler the value is still taken (value sync)
    assertThat(send(tile, "change", false)).isNull();
    assertThat(tile.expanded()).isFalse();

    List<Boolean> heard = new ArrayList<>();
    tile.onChange(e -> heard.add(e.control().expanded()));
    run(tile, "change", true);
    assertThat(heard).containsExactly(true);
    page.update();
    assertThat(wire(tile).props()).containsEntry("expanded", true);

    assertRefused(tile, "change", "yes", "must be a boolean");
    assertThat(tile.expanded()).isTrue();
  }

  // ------------------------------------------------------------------ expansion panel list

  @Test
  void anExpansionPanelListTogglesThePanelAtTheIndexTheBrowserSends() throws Exception {
    ExpansionPanel first = new ExpansionPanel("One", new Text("1"));
    ExpansionPanel second = new ExpansionPanel("Two", new Text("2")).canTapHeader(true);
    ExpansionPanelList list = new ExpansionPanelList(first, second).elevation(0).dividerColor("outline")
        .expandedHeaderPadding(8);
    page.add(list);
    Node node = wire(list);
    assertThat(node.props()).containsEntry("elevation", 0).containsEntry("dividerColor", "outline")
        .containsEntry("expandedHeaderPadding", 8);
    assertThat(slotNames(wire(first))).containsExactly("header", "content");
    assertThat(wire(second).props()).containsEntry("canTapHeader", true);

    List<Object> heard = new ArrayList<>();
    list.onChange(e -> heard.add(e.data() + ":" + ((ExpansionPanel) list.controls().get(1)).expanded()));
    run(list, "change", 1);
    assertThat(second.expanded()).isTrue();
    assertThat(first.expanded()).isFalse();
    run(list, "change", 1);
    assertThat(second.expanded()).isFalse();
    assertThat(heard).containsExactly("1:true", "1:false");

    assertRefused(list, "change", 2, "a panel's index, 0 to 1");
    assertRefused(list, "change", -1, "a panel's index");
    assertRefused(list, "change", "1", "a panel's index");
    first.disabled(true);
    assertRefused(list, "change", 0, "is disabled");
    assertThat(first.expanded()).isFalse();
    assertThatThrownBy(() -> list.controls().add(new Text("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds only ExpansionPanel");
    assertThatThrownBy(() -> list.elevation(6)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ gesture detector

  @Test
  void gestureDataBecomesTypedEvents() throws Exception {
    List<GestureEvent> heard = new ArrayList<>();
    GestureDetector pad = new GestureDetector(new Text("pad")).mouseCursor(MouseCursor.RESIZE_UP_DOWN)
        .dragInterval(50).onTap(heard::add).onPanUpdate(heard::add).onScroll(heard::add);
    page.add(pad);
    assertThat(wire(pad).props()).containsEntry("mouseCursor", "resizeUpDown").containsEntry("dragInterval", 50)
        .containsEntry("events", List.of("panUpdate", "scroll", "tap"));

    run(pad, "tap", "{\"x\":12.5,\"y\":40}");
    run(pad, "panUpdate", "{\"x\":20,\"y\":41,\"dx\":7.5,\"dy\":-1}");
    run(pad, "scroll", "{\"x\":0,\"y\":0,\"dx\":0,\"dy\":120}");
    assertThat(heard).containsExactly(
        new GestureEvent(pad, "tap", 12.5, 40, 0, 0),
        new GestureEvent(pad, "panUpdate", 20, 41, 7.5, -1),
        new GestureEvent(pad, "scroll", 0, 0, 0, 120));
  }

  @Test
  void aDetectorInOrderRunsItsHandlersOnTheEventLoopWhetherSetBeforeOrAfter() throws Exception {
    List<GestureEvent> heard = new ArrayList<>();
    GestureDetector pad = new GestureDetector(new Text("pad")).onPanStart(heard::add);
    page.add(pad);
    assertThat(send(pad, "panStart", "{\"x\":1,\"y\":2}").isAsync()).as("blocking by default").isFalse();

    pad.inOrder().onPanUpdate(heard::add);
    PageDriver.Dispatch start = send(pad, "panStart", "{\"x\":1,\"y\":2}");
    PageDriver.Dispatch update = send(pad, "panUpdate", "{\"x\":4,\"y\":2,\"dx\":3,\"dy\":0}");
    assertThat(start.isAsync()).as("a handler set before inOrder()").isTrue();
    assertThat(update.isAsync()).as("a handler set after inOrder()").isTrue();
    assertThat(start.runAsync()).isNull();
    assertThat(update.runAsync()).isNull();
    assertThat(heard).containsExactly(new GestureEvent(pad, "panStart", 1, 2, 0, 0),
        new GestureEvent(pad, "panUpdate", 4, 2, 3, 0));
    assertThat(wire(pad).props()).containsEntry("events", List.of("panStart", "panUpdate"));

    pad.onPanUpdate(null); // removed as before
    assertThatThrownBy(() -> send(pad, "panUpdate", "{\"x\":4,\"y\":2,\"dx\":3,\"dy\":0}"))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void malformedGestureDataIsRefusedWithAClearError() {
    GestureDetector pad = new GestureDetector().onTap(e -> { }).onPanUpdate(e -> { });
    page.add(pad);
    assertRefused(pad, "tap", null, "must be a JSON object in a string");
    assertRefused(pad, "tap", 12, "must be a JSON object in a string");
    assertRefused(pad, "tap", "{x:1}", "is not JSON");
    assertRefused(pad, "tap", "[1,2]", "must be a JSON object");
    assertRefused(pad, "tap", "{\"y\":1}", "needs x as a number");
    assertRefused(pad, "tap", "{\"x\":\"1\",\"y\":1}", "needs x as a number");
    assertRefused(pad, "tap", "{\"x\":1e300,\"y\":1}", "needs x as a number");
    assertRefused(pad, "panUpdate", "{\"x\":1,\"y\":1,\"dx\":2}", "needs dy");
    // an event without a handler is not taken at all
    assertThatThrownBy(() -> send(pad, "longPress", "{\"x\":1,\"y\":1}"))
        .isInstanceOf(ProtocolException.class)
        .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.UNKNOWN_EVENT));
    assertThatThrownBy(() -> pad.dragInterval(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ drag and drop

  @Test
  void aDropNamesTheDraggableAndCarriesItsData() throws Exception {
    Draggable chip = new Draggable(new Text("Alpha")).group("chips").data("alpha")
        .contentWhenDragging(new Text("hole")).contentFeedback(new Text("ghost"));
    List<DragTargetEvent> heard = new ArrayList<>();
    DragTarget box = new DragTarget(new Text("box")).group("chips").onAccept(heard::add)
        .onWillAccept(heard::add).onLeave(heard::add).onMove(heard::add);
    page.add(chip, box);
    assertThat(slotNames(wire(chip))).containsExactly("content", "contentWhenDragging", "contentFeedback");
    assertThat(wire(chip).props()).containsEntry("group", "chips").containsEntry("data", "alpha");
    assertThat(wire(box).props()).containsEntry("group", "chips")
        .containsEntry("events", List.of("accept", "leave", "move", "willAccept"));

    run(box, "willAccept", "{\"src\":" + chip.id() + "}");
    run(box, "move", "{\"src\":" + chip.id() + ",\"x\":3,\"y\":4}");
    run(box, "accept", "{\"src\":" + chip.id() + ",\"x\":10,\"y\":20.5}");
    assertThat(heard).extracting(DragTargetEvent::name).containsExactly("willAccept", "move", "accept");
    DragTargetEvent drop = heard.get(2);
    assertThat(drop.srcId()).isEqualTo(chip.id());
    assertThat(drop.draggable()).isSameAs(chip);
    assertThat(drop.data()).isEqualTo("alpha");
    assertThat(drop.x()).isEqualTo(10);
    assertThat(drop.y()).isEqualTo(20.5);

    // a leave after the draggable was removed still reaches the handler
    int gone = chip.id();
    page.remove(chip);
    run(box, "leave", "{\"src\":" + gone + "}");
    assertThat(heard.get(3).draggable()).isNull();
    assertThat(heard.get(3).data()).isNull();
  }

  @Test
  void aDropOfSomethingElseIsRefused() {
    Draggable chip = new Draggable(new Text("A")).group("chips");
    Draggable other = new Draggable(new Text("B")); // the default group
    Text plain = new Text("not draggable");
    DragTarget box = new DragTarget().group("chips").onAccept(e -> { }).onWillAccept(e -> { });
    page.add(chip, other, plain, box);
    assertRefused(box, "accept", "{\"src\":" + plain.id() + ",\"x\":1,\"y\":1}", "which is no draggable");
    assertRefused(box, "accept", "{\"src\":9999,\"x\":1,\"y\":1}", "which is no draggable");
    assertRefused(box, "accept", "{\"src\":" + other.id() + ",\"x\":1,\"y\":1}",
        "is of group \"default\", this target takes \"chips\"");
    assertRefused(box, "accept", "{\"src\":" + chip.id() + "}", "needs x");
    assertRefused(box, "accept", "{\"src\":\"" + chip.id() + "\",\"x\":1,\"y\":1}", "needs src as a control id");
    assertRefused(box, "willAccept", "{\"src\":-3}", "needs src as a control id");
    assertRefused(box, "accept", "dropped", "is not JSON");
    assertThatThrownBy(() -> new Draggable(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupsDefaultToDefault() {
    assertThat(new Draggable(new Text("x")).group()).isEqualTo("default");
    assertThat(new DragTarget().group("default").group()).isEqualTo("default");
  }
}
