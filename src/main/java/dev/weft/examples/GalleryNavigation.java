package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.FloatingActionButton;
import dev.weft.ui.controls.NavigationBar;
import dev.weft.ui.controls.NavigationDestination;
import dev.weft.ui.controls.NavigationRail;
import dev.weft.ui.controls.NavigationRailLabelType;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Tab;
import dev.weft.ui.controls.Tabs;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;

/**
 * The gallery's navigation section: a small app frame with a navigation rail down the side,
 * tabs in the middle and a navigation bar at the bottom, and floating action buttons. A status
 * line says what the server holds as each control's selected index, so a test sees the value
 * reach the server.
 */
final class GalleryNavigation {

  private GalleryNavigation() {
  }

  static Control<?>[] controls(Page page) {
    Text status = new Text().key("nav-status");
    Text fabStatus = new Text("No action yet").key("fab-status");

    NavigationBar bar = new NavigationBar(
        new NavigationDestination("home", null, "Home"),
        new NavigationDestination("favorite_border", "favorite", "Favorites"),
        new NavigationDestination("search", null, "Search"),
        new NavigationDestination("settings", null, "Settings"))
        .label("Bottom bar").key("nav-bar");

    NavigationRail rail = new NavigationRail(
        new NavigationDestination("home", null, "Inbox"),
        new NavigationDestination("star_border", "star", "Starred"),
        new NavigationDestination("send", null, "Sent"))
        .labelType(NavigationRailLabelType.ALL).label("Side rail").key("nav-rail")
        .leading(new FloatingActionButton("edit", e -> fabStatus.value("New message clicked"))
            .tooltip("New message"));

    Switch extended = new Switch("Extended rail").key("nav-extended");
    extended.onChange(e -> rail.extended(extended.value()));
    Tabs tabs = new Tabs(
        new Tab("Photos", new Text("Your photos would be here.")).icon("visibility"),
        new Tab("Music", new Text("Your music would be here.")).icon("favorite"),
        new Tab("Settings", new Column(new Text("Settings would be here."), extended)).icon("settings"))
        .scrollable(false).key("nav-tabs");

    Runnable describe = () -> status.value("Bar: " + bar.destinations().get(bar.selectedIndex()).label()
        + " · Rail: " + rail.destinations().get(rail.selectedIndex()).label()
        + " · Tab: " + tabs.tabs().get(tabs.selectedIndex()).text());
    describe.run();
    bar.onChange(e -> describe.run());
    rail.onChange(e -> describe.run());
    tabs.onChange(e -> describe.run());

    Column middle = new Column(tabs).horizontalAlignment(CrossAxisAlignment.STRETCH).expand(1);
    Row body = new Row(rail, new Container(middle).padding(16).expand(1))
        .verticalAlignment(CrossAxisAlignment.STRETCH).spacing(0).height(340);
    // ink clips the bar to the frame's rounded corners; the frame takes no clicks
    Container frame = new Container(new Column(body, bar).spacing(0)
        .horizontalAlignment(CrossAxisAlignment.STRETCH))
        .border("1px solid outlineVariant").borderRadius(16).ink(true);

    Row fabs = new Row(
        new FloatingActionButton("add", e -> fabStatus.value("Add item clicked")).tooltip("Add item"),
        new FloatingActionButton("edit", e -> fabStatus.value("Compose clicked")).text("Compose"),
        fabStatus).spacing(16);
    return new Control<?>[] {status, frame, new Text("Floating action buttons").style(TextStyle.TITLE_SMALL), fabs};
  }
}
