package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.AlertDialog;
import dev.weft.ui.controls.Banner;
import dev.weft.ui.controls.BottomSheet;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.DrawerPosition;
import dev.weft.ui.controls.NavigationDestination;
import dev.weft.ui.controls.NavigationDrawer;
import dev.weft.ui.controls.SnackBar;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The overlays of dev.weft.ui.controls on the wire: what page.open sends for each, how the
 * browser's dismiss, action and change events come back, and that bad data is refused.
 */
class OverlayControlsTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private long seq;

  private PageDriver.Dispatch send(Control<?> target, String event, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, target.id(), event, data));
  }

  private Node wire(Control<?> control) {
    for (Node child : PageDriver.snapshot(page).children()) {
      if (child.id() == control.id()) {
        return child;
      }
    }
    throw new AssertionError(control + " is not among the page's children");
  }

  private static void assertRefused(ThrowingCall call, ErrorCode code, String message) {
    assertThatThrownBy(call::run).isInstanceOf(ProtocolException.class)
        .hasMessageContaining(message)
        .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(code));
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void anAlertDialogSendsTitleContentActionsAndModalAndClosesOnDismiss() throws Exception {
    Text body = new Text("Discard the draft?");
    Button cancel = new Button("Cancel");
    AlertDialog dialog = new AlertDialog("Discard", body, cancel, new Button("Discard"))
        .modal(true).icon("delete");
    cancel.onClick(e -> e.page().close(dialog));
    page.open(dialog);

    Node node = wire(dialog);
    assertThat(node.type()).isEqualTo("alertDialog");
    assertThat(node.props()).containsEntry("open", true).containsEntry("title", "Discard")
        .containsEntry("modal", true).containsEntry("icon", "delete").containsEntry("hasContent", true);
    assertThat(node.children()).extracting(Node::type).containsExactly("text", "button", "button");
    assertThat(dialog.content()).isSameAs(body);
    assertThat(dialog.actions()).hasSize(2).startsWith(cancel);

    // the content slot is replaced and emptied without touching the actions
    Text other = new Text("Really?");
    dialog.content(other);
    assertThat(dialog.content()).isSameAs(other);
    dialog.content(null);
    assertThat(dialog.content()).isNull();
    assertThat(wire(dialog).props()).doesNotContainKey("hasContent");
    assertThat(dialog.actions()).hasSize(2).startsWith(cancel);

    send(cancel, "click", null).runBlocking();
    assertThat(dialog.open()).isFalse();
    assertThat(wire(dialog).props()).doesNotContainKey("open");

    List<String> seen = new ArrayList<>();
    dialog.onDismiss(e -> seen.add("dismissed"));
    page.open(dialog);
    send(dialog, Overlay.DISMISS, null).runBlocking();
    assertThat(dialog.open()).isFalse();
    assertThat(seen).containsExactly("dismissed");
  }

  @Test
  void aBottomSheetHoldsOneContentControlAndItsFlags() {
    BottomSheet sheet = new BottomSheet(new Text("Share")).showDragHandle(true).dismissible(false);
    page.open(sheet);
    Node node = wire(sheet);
    assertThat(node.props()).containsEntry("showDragHandle", true).containsEntry("dismissible", false)
        .doesNotContainKey("label");
    assertThat(node.children()).extracting(Node::type).containsExactly("text");
    sheet.content(new Button("Copy link"));
    assertThat(wire(sheet).children()).extracting(Node::type).containsExactly("button");
    assertThat(sheet.label()).isEqualTo(BottomSheet.DEFAULT_LABEL);
    sheet.dismissible(true);
    assertThat(wire(sheet).props()).doesNotContainKey("dismissible");
  }

  @Test
  void aSnackBarsActionClosesItAndRunsTheHandler() throws Exception {
    SnackBar snack = new SnackBar("Message archived").action("Undo").duration(1500).showCloseIcon(true);
    List<String> seen = new ArrayList<>();
    snack.onAction(e -> seen.add("undo, open=" + e.control().open()));
    page.open(snack);
    assertThat(wire(snack).props()).containsEntry("text", "Message archived")
        .containsEntry("action", "Undo").containsEntry("duration", 1500).containsEntry("showCloseIcon", true);

    send(snack, SnackBar.ACTION, null).runBlocking();
    assertThat(seen).containsExactly("undo, open=false");
    assertThat(wire(snack).props()).doesNotContainKey("open");

    page.open(snack); // the time ran out in the browser: a dismissal without a handler
    assertThat(send(snack, Overlay.DISMISS, null)).isNull();
    assertThat(snack.open()).isFalse();

    SnackBar styled = new SnackBar(new Text("Styled").weight(dev.weft.ui.controls.FontWeight.BOLD));
    page.open(styled);
    assertThat(wire(styled).children()).extracting(Node::type).containsExactly("text");
    assertThat(wire(styled).props()).doesNotContainKey("text");
    styled.content(null);
    assertThat(wire(styled).children()).isEmpty();

    assertThat(new SnackBar("x").duration()).isEqualTo(SnackBar.DEFAULT_DURATION);
    assertThat(new SnackBar("x").duration(SnackBar.DEFAULT_DURATION).duration()).isEqualTo(4000);
  }

  @Test
  void badSnackBarDataIsRefusedClearly() throws Exception {
    SnackBar plain = new SnackBar("No action");
    page.open(plain);
    assertRefused(() -> send(plain, SnackBar.ACTION, null), ErrorCode.BAD_MESSAGE, "has no action");
    SnackBar undo = new SnackBar("Deleted").action("Undo");
    page.open(undo);
    assertRefused(() -> send(undo, SnackBar.ACTION, "yes"), ErrorCode.BAD_MESSAGE, "carries no data");
    assertThat(undo.open()).as("a refused action leaves it open").isTrue();
    assertRefused(() -> send(undo, "click", null), ErrorCode.UNKNOWN_EVENT, "does not listen to click");
    assertThatThrownBy(() -> undo.duration(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 600000 ms");
  }

  @Test
  void aBannerSendsItsTextIconAndActions() {
    Banner banner = new Banner("You are offline", new Button("Retry"), new Button("Dismiss"))
        .icon("warning").iconColor("error");
    page.open(banner);
    Node node = wire(banner);
    assertThat(node.props()).containsEntry("text", "You are offline").containsEntry("icon", "warning")
        .containsEntry("iconColor", "error");
    assertThat(node.children()).extracting(Node::type).containsExactly("button", "button");
    banner.actions(new Button("OK"));
    assertThat(banner.actions()).hasSize(1);
  }

  @Test
  void aDrawersChangeSelectsTheDestinationAndBadIndexesAreRefused() throws Exception {
    NavigationDrawer drawer = new NavigationDrawer(
        NavigationDestination.of("home", "Home"),
        new NavigationDestination("star_border", "star", "Starred"),
        NavigationDestination.of(null, "Settings")).position(DrawerPosition.END);
    List<Integer> seen = new ArrayList<>();
    drawer.onChange(e -> seen.add(e.control().selectedIndex()));
    page.open(drawer);
    Node node = wire(drawer);
    assertThat(node.props()).containsEntry("position", "end").doesNotContainKey("selectedIndex");
    assertThat(node.props().get("destinations")).isEqualTo(List.of(
        Map.of("icon", "home", "label", "Home"),
        Map.of("icon", "star_border", "label", "Starred", "selectedIcon", "star"),
        Map.of("label", "Settings")));
    assertThat(drawer.destinations().get(1)).isEqualTo(new NavigationDestination("star_border", "star", "Starred"));

    send(drawer, "change", 2L).runBlocking();
    assertThat(seen).containsExactly(2);
    assertThat(drawer.open()).as("picking a destination leaves it open, as in Flet").isTrue();

    for (Object bad : new Object[] {3L, -1L, "1", 1.5, null}) {
      assertRefused(() -> send(drawer, "change", bad), ErrorCode.BAD_MESSAGE, "a destination's index, 0 to 2");
    }
    assertThat(drawer.selectedIndex()).isEqualTo(2);
    assertThatThrownBy(() -> drawer.selectedIndex(-2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> drawer.destinations(java.util.Arrays.asList(NavigationDestination.of("home", "Home"), null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be null");
    NavigationDrawer empty = new NavigationDrawer();
    page.open(empty);
    assertRefused(() -> send(empty, "change", 0L), ErrorCode.BAD_MESSAGE, "has no destinations");
    drawer.position(DrawerPosition.START);
    assertThat(wire(drawer).props()).doesNotContainKey("position");
  }
}
