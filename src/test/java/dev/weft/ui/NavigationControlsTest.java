package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.FloatingActionButton;
import dev.weft.ui.controls.NavigationBar;
import dev.weft.ui.controls.NavigationBarLabelBehavior;
import dev.weft.ui.controls.NavigationDestination;
import dev.weft.ui.controls.NavigationRail;
import dev.weft.ui.controls.NavigationRailLabelType;
import dev.weft.ui.controls.Tab;
import dev.weft.ui.controls.Tabs;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The navigation controls without a browser: their properties on the wire, the selected index a
 * user's change stores (with or without a handler, never echoed back), and that bad data from
 * the browser is a protocol error naming what was wrong while the page goes on.
 */
class NavigationControlsTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private long seq;

  private static NavigationDestination[] three() {
    return new NavigationDestination[] {
        NavigationDestination.of("home", "Home"),
        new NavigationDestination("favorite_border", "favorite", "Favorites"),
        NavigationDestination.of(null, "Settings")};
  }

  @Test
  void theBarsDestinationsAndSettingsGoOnTheWire() {
    NavigationBar bar = new NavigationBar(three()).label("Main");
    page.add(bar);
    Node node = node(bar);
    assertThat(node.type()).isEqualTo("navigationBar");
    assertThat(node.props()).containsEntry("destinations", List.of(
        Map.of("icon", "home", "label", "Home"),
        Map.of("icon", "favorite_border", "selectedIcon", "favorite", "label", "Favorites"),
        Map.of("label", "Settings"))).containsEntry("label", "Main")
        .doesNotContainKeys("selectedIndex", "labelBehavior"); // defaults stay off the wire
    assertThat(bar.destinations()).containsExactly(three());

    bar.selectedIndex(2).labelBehavior(NavigationBarLabelBehavior.ONLY_SHOW_SELECTED).bgcolor("surface");
    page.update();
    assertThat(lastSet(bar)).isEqualTo(Map.of("selectedIndex", 2, "labelBehavior", "onlyShowSelected",
        "bgcolor", "surface"));
    bar.selectedIndex(0).labelBehavior(NavigationBarLabelBehavior.ALWAYS_SHOW);
    page.update();
    assertThat(lastSet(bar)).containsEntry("selectedIndex", null).containsEntry("labelBehavior", null);
    assertThat(bar.selectedIndex()).isZero();
    assertThat(bar.labelBehavior()).isEqualTo(NavigationBarLabelBehavior.ALWAYS_SHOW);
  }

  @Test
  void aUserSelectionIsStoredRunsOnChangeAndIsNotEchoed() throws Exception {
    List<Integer> seen = new ArrayList<>();
    NavigationBar bar = new NavigationBar(three());
    bar.onChange(e -> seen.add(e.control().selectedIndex()));
    page.add(bar);
    int before = sink.messages.size();
    send(bar, "change", 2).runBlocking();
    assertThat(bar.selectedIndex()).isEqualTo(2);
    assertThat(seen).containsExactly(2);
    page.update();
    assertThat(sink.messages).as("the browser already shows it").hasSize(before);
    // and the server can move it back: the browser hears of it
    bar.selectedIndex(0);
    page.update();
    assertThat(lastSet(bar)).containsEntry("selectedIndex", null);
  }

  @Test
  void aSelectionIsKeptWithoutAHandler() throws Exception {
    NavigationRail rail = new NavigationRail(three());
    Tabs tabs = new Tabs(new Tab("A"), new Tab("B"));
    page.add(rail, tabs);
    assertThat(send(rail, "change", 1L)).isNull();
    assertThat(send(tabs, "change", 1)).isNull();
    assertThat(rail.selectedIndex()).isEqualTo(1);
    assertThat(tabs.selectedIndex()).isEqualTo(1);
  }

  @Test
  void badIndexesFromTheBrowserAreProtocolErrorsAndChangeNothing() throws Exception {
    NavigationBar bar = new NavigationBar(three()).selectedIndex(1);
    NavigationRail rail = new NavigationRail(three());
    Tabs tabs = new Tabs(new Tab("A"), new Tab("B"));
    page.add(bar, rail, tabs);
    for (Control<?> control : List.of(bar, rail, tabs)) {
      for (Object[] bad : new Object[][] {
          {null, "must be the selected index, a whole number, not null"},
          {"1", "not String 1"},
          {1.5, "not Double 1.5"},
          {true, "not Boolean true"},
          {-1, "index -1 is out of range"},
          {3, "index 3 is out of range"},
          {1L << 40, "out of range"},
      }) {
        assertThatThrownBy(() -> send(control, "change", bad[0])).as("%s %s", control, bad[0])
            .isInstanceOf(ProtocolException.class)
            .hasMessageContaining((String) bad[1])
            .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
      }
    }
    assertThatThrownBy(() -> send(tabs, "change", 2)).hasMessage(
        "index 2 is out of range: the tabs control has 2 tabs");
    assertThatThrownBy(() -> send(bar, "change", 3)).hasMessage(
        "index 3 is out of range: the navigation bar has 3 destinations");
    assertThat(bar.selectedIndex()).isEqualTo(1);
    assertThat(rail.selectedIndex()).isZero();
    assertThat(send(bar, "change", 2)).as("the bar still works").isNull();
    assertThat(bar.selectedIndex()).isEqualTo(2);
  }

  @Test
  void badValuesFromTheAppAreRefused() {
    assertThatThrownBy(() -> NavigationDestination.of("home", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a label");
    assertThatThrownBy(() -> new NavigationBar().selectedIndex(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be negative: -1");
    assertThatThrownBy(() -> new NavigationRail().destinations(java.util.Arrays.asList(
        NavigationDestination.of("home", "Home"), null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be null");
    assertThatThrownBy(() -> new Tabs().tabs().add(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds tabs");
  }

  @Test
  void theRailKeepsLeadingBeforeTrailing() {
    Text leading = new Text("lead");
    Text trailing = new Text("trail");
    NavigationRail rail = new NavigationRail(three()).trailing(trailing).leading(leading)
        .extended(true).labelType(NavigationRailLabelType.SELECTED);
    page.add(rail);
    Node node = node(rail);
    assertThat(node.children()).extracting(c -> c.props().get("value")).containsExactly("lead", "trail");
    assertThat(node.props()).containsEntry("leading", true).containsEntry("trailing", true)
        .containsEntry("extended", true).containsEntry("labelType", "selected");
    assertThat(rail.leading()).isSameAs(leading);
    assertThat(rail.trailing()).isSameAs(trailing);

    Text other = new Text("other");
    rail.leading(null).trailing(other);
    assertThat(rail.leading()).isNull();
    assertThat(rail.trailing()).isSameAs(other);
    assertThat(node(rail).children()).extracting(c -> c.props().get("value")).containsExactly("other");
    assertThat(node(rail).props()).doesNotContainKey("leading");
    rail.leading(leading);
    assertThat(node(rail).children()).extracting(c -> c.props().get("value")).containsExactly("lead", "other");
  }

  @Test
  void tabsHoldTabsAndEachTabItsContent() {
    Text photos = new Text("photos");
    Tabs tabs = new Tabs(new Tab("Photos", photos).icon("image"), new Tab("Music")).scrollable(false);
    page.add(tabs);
    Node node = node(tabs);
    assertThat(node.props()).containsEntry("scrollable", false).doesNotContainKey("selectedIndex");
    assertThat(node.children()).extracting(Node::type).containsExactly("tab", "tab");
    assertThat(node.children().get(0).props()).containsEntry("text", "Photos").containsEntry("icon", "image");
    assertThat(node.children().get(0).children()).extracting(Node::type).containsExactly("text");
    assertThat(node.children().get(1).children()).isEmpty();

    Tab music = tabs.tabs().get(1);
    music.content(new Text("music"));
    tabs.tabs().get(0).content(null);
    tabs.tabs().add(new Tab("Video"));
    tabs.selectedIndex(2);
    assertThat(music.content()).isInstanceOf(Text.class);
    assertThat(node(tabs).children()).extracting(c -> c.children().size()).containsExactly(0, 1, 0);
    assertThat(node(tabs).props()).containsEntry("selectedIndex", 2);
    tabs.tabs(new Tab("Only"));
    assertThat(node(tabs).children()).extracting(c -> c.props().get("text")).containsExactly("Only");
  }

  @Test
  void theFloatingActionButtonTakesClicks() throws Exception {
    List<String> clicked = new ArrayList<>();
    FloatingActionButton fab = new FloatingActionButton("add", e -> clicked.add("add"))
        .text("Compose").tooltip("New message");
    page.add(fab);
    assertThat(node(fab).props()).containsEntry("icon", "add").containsEntry("text", "Compose")
        .containsEntry("tooltip", "New message").containsEntry("events", List.of("click"));
    send(fab, "click", null).runBlocking();
    assertThat(clicked).containsExactly("add");
    fab.text(null);
    assertThat(node(fab).props()).doesNotContainKey("text");
  }

  private PageDriver.Dispatch send(Control<?> control, String name, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, control.id(), name, data));
  }

  /** The control as a fresh client would get it. */
  private Node node(Control<?> control) {
    return ControlHarness.find(PageDriver.snapshot(page), control.id());
  }

  /** The props of the last {@code set} of the control sent. */
  private Map<String, Object> lastSet(Control<?> control) {
    for (int i = sink.messages.size() - 1; i >= 0; i--) {
      if (sink.messages.get(i) instanceof Patch patch) {
        for (int j = patch.ops().size() - 1; j >= 0; j--) {
          if (patch.ops().get(j) instanceof Op.Set set && set.id() == control.id()) {
            return set.props();
          }
        }
      }
    }
    throw new AssertionError("no set of " + control + " sent");
  }
}
