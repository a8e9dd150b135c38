package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Node;
import dev.weft.ui.controls.Divider;
import dev.weft.ui.controls.MenuBar;
import dev.weft.ui.controls.MenuItemButton;
import dev.weft.ui.controls.PopupMenuButton;
import dev.weft.ui.controls.PopupMenuItem;
import dev.weft.ui.controls.SubmenuButton;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PopupMenuButton, MenuBar and their items: what they hold, what goes on the wire, whose handler runs. */
class MenusTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();

  private Node wire(Control<?> control) {
    return ControlHarness.find(PageDriver.snapshot(page), control.id());
  }

  private void click(Control<?> control) throws Exception {
    PageDriver.Dispatch dispatch = driver.dispatch(new ClientEvent(1, control.id(), ControlEvent.CLICK, null));
    assertThat(dispatch).as("a handler for %s", control).isNotNull();
    dispatch.runBlocking();
  }

  @Test
  void aPopupMenuButtonHoldsItemsAndDividersOnly() {
    PopupMenuButton menu = new PopupMenuButton(new PopupMenuItem("Copy"), new Divider());
    assertThatThrownBy(() -> menu.items().add(new Text("no")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a PopupMenuButton holds only PopupMenuItem and Divider")
        .hasMessageContaining("text");
    assertThatThrownBy(() -> menu.items().set(0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(menu.items()).hasSize(2);
    assertThat(menu.icon()).isEqualTo("more_vert");
    assertThat(menu.text()).isNull();
  }

  @Test
  void theButtonAndItsItemsGoOnTheWireAsControls() {
    PopupMenuItem grid = new PopupMenuItem("Show grid").checked(false);
    PopupMenuButton menu = new PopupMenuButton(new PopupMenuItem("Edit").icon("edit"), new Divider(), grid)
        .text("Actions").icon("settings");
    page.add(menu);
    Node node = wire(menu);
    assertThat(node.type()).isEqualTo("popupMenuButton");
    assertThat(node.props()).containsEntry("text", "Actions").containsEntry("icon", "settings");
    assertThat(node.children()).extracting(Node::type).containsExactly("popupMenuItem", "divider", "popupMenuItem");
    assertThat(node.children().get(0).props()).containsEntry("text", "Edit").containsEntry("icon", "edit")
        .doesNotContainKey("checked");
    assertThat(wire(grid).props()).containsEntry("checked", false); // false: a check item, unchecked

    menu.icon("more_vert").text(null);
    assertThat(wire(menu).props()).doesNotContainKeys("icon", "text");
    grid.checked(null);
    assertThat(grid.checked()).isNull();
    assertThat(wire(grid).props()).doesNotContainKey("checked");
  }

  @Test
  void aClickOnAnItemRunsThatItemsHandler() throws Exception {
    List<String> seen = new ArrayList<>();
    PopupMenuItem copy = new PopupMenuItem("Copy", e -> seen.add("copy " + e.control().text()));
    PopupMenuItem grid = new PopupMenuItem("Grid").checked(false);
    grid.onClick(e -> grid.checked(!grid.checked()));
    PopupMenuItem plain = new PopupMenuItem("No handler");
    page.add(new PopupMenuButton(copy, grid, plain));
    click(copy);
    assertThat(seen).containsExactly("copy Copy");
    click(grid);
    assertThat(grid.checked()).isTrue();
    assertThat(wire(grid).props()).containsEntry("checked", true);
    assertThatThrownBy(() -> driver.dispatch(new ClientEvent(2, plain.id(), ControlEvent.CLICK, null)))
        .as("an item without a handler takes no click").hasMessageContaining("does not listen to click");
  }

  @Test
  void aMenuBarHoldsSubmenusAndItemsAndSubmenusNest() throws Exception {
    List<String> seen = new ArrayList<>();
    MenuItemButton link = new MenuItemButton("As a link", e -> seen.add(e.control().text())).icon("share");
    SubmenuButton share = new SubmenuButton("Share", link);
    SubmenuButton file = new SubmenuButton("File", new MenuItemButton("New"), new Divider(), share).icon("home");
    MenuBar bar = new MenuBar(file, new MenuItemButton("Help")).label("Main");
    page.add(bar);

    Node node = wire(bar);
    assertThat(node.type()).isEqualTo("menuBar");
    assertThat(node.props()).containsEntry("label", "Main");
    assertThat(node.children()).extracting(Node::type).containsExactly("submenuButton", "menuItemButton");
    Node fileNode = node.children().get(0);
    assertThat(fileNode.props()).containsEntry("text", "File").containsEntry("icon", "home");
    assertThat(fileNode.children()).extracting(Node::type)
        .containsExactly("menuItemButton", "divider", "submenuButton");
    assertThat(fileNode.children().get(2).children().get(0).props()).containsEntry("text", "As a link");

    click(link);
    assertThat(seen).containsExactly("As a link");

    assertThatThrownBy(() -> bar.controls().add(new Divider()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a MenuBar holds only SubmenuButton and MenuItemButton");
    assertThatThrownBy(() -> file.controls().add(new PopupMenuItem("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a SubmenuButton holds only MenuItemButton, SubmenuButton and Divider");
    assertThatThrownBy(() -> new SubmenuButton(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a text");
    assertThatThrownBy(() -> new MenuItemButton(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a text");
    assertThat(bar.controls()).hasSize(2);
  }

  @Test
  void theTooltipKeepsItsPropertyName() {
    PopupMenuButton menu = new PopupMenuButton().tooltip("More actions");
    page.add(menu);
    assertThat(wire(menu).props()).containsEntry("tooltip", "More actions");
    assertThat(menu.tooltip()).isEqualTo("More actions");
    menu.tooltip(null);
    assertThat(wire(menu).props()).doesNotContainKey("tooltip");
  }

  @Test
  void itemsTakeNoHandlerUntilGivenOne() {
    PopupMenuItem item = new PopupMenuItem("x");
    page.add(new PopupMenuButton(item));
    assertThat(wire(item).props()).doesNotContainKey("events");
    item.onClick(e -> { });
    assertThat(wire(item).props()).containsEntry("events", List.of("click"));
  }
}
