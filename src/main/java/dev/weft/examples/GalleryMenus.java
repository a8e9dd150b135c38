package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.Divider;
import dev.weft.ui.controls.MenuBar;
import dev.weft.ui.controls.MenuItemButton;
import dev.weft.ui.controls.PopupMenuButton;
import dev.weft.ui.controls.PopupMenuItem;
import dev.weft.ui.controls.ResponsiveRow;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.SubmenuButton;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.Map;

/**
 * The gallery's "Menus and layout" section: a menu bar with a nested submenu, popup menus (an
 * icon one with a check item, a labelled one), tooltips, and a responsive row whose four cells
 * go from one a line to two and four as the window widens.
 */
final class GalleryMenus {

  private GalleryMenus() {
  }

  static Control<?>[] controls(Page page) {
    Text status = new Text("No menu used yet").key("menu-status");

    MenuBar bar = new MenuBar(
        new SubmenuButton("File",
            new MenuItemButton("New", e -> status.value("File › New")).icon("add"),
            new MenuItemButton("Save", e -> status.value("File › Save")).icon("save"),
            new Divider(),
            new SubmenuButton("Share",
                new MenuItemButton("By e-mail", e -> status.value("File › Share › By e-mail")),
                new MenuItemButton("As a link", e -> status.value("File › Share › As a link")))
                .icon("share")),
        new SubmenuButton("Edit",
            new MenuItemButton("Undo", e -> status.value("Edit › Undo")),
            new MenuItemButton("Redo", e -> status.value("Edit › Redo"))),
        new SubmenuButton("Help",
            new MenuItemButton("About Weft", e -> status.value("Help › About Weft")).icon("info")))
        .label("Gallery menu");

    PopupMenuItem grid = new PopupMenuItem("Show grid").checked(false);
    grid.onClick(e -> {
      grid.checked(!grid.checked());
      status.value(grid.checked() ? "Grid shown" : "Grid hidden");
    });
    PopupMenuButton more = new PopupMenuButton(
        new PopupMenuItem("Edit", e -> status.value("Popup › Edit")).icon("edit"),
        new PopupMenuItem("Share", e -> status.value("Popup › Share")).icon("share"),
        new PopupMenuItem("Delete", e -> status.value("Popup › Delete")).icon("delete"),
        new Divider(),
        grid).tooltip("More actions").key("more");
    PopupMenuButton sort = new PopupMenuButton(
        new PopupMenuItem("Name", e -> status.value("Sorted by name")),
        new PopupMenuItem("Date", e -> status.value("Sorted by date")),
        new PopupMenuItem("Size", e -> status.value("Sorted by size")))
        .text("Sort by").key("sort");
    Button hover = new Button("Hover or focus me").variant(ButtonVariant.OUTLINED)
        .tooltip("Tooltips show on hover and on keyboard focus").key("tooltip-demo");

    ResponsiveRow cells = new ResponsiveRow().key("responsive");
    for (int i = 1; i <= 4; i++) {
      cells.controls().add(new Container(new Text("Cell " + i + ": 12 / 6 / 3 of 12")
          .style(TextStyle.BODY_MEDIUM))
          .padding(12).borderRadius(12).bgcolor("secondaryContainer")
          .col(Map.of("xs", 12, "sm", 6, "lg", 3)).key("cell-" + i));
    }
    return new Control<?>[] {
        bar, new Row(more, sort, hover).wrap(true), status,
        new Text("A responsive row: one cell a line in a narrow window, two from 576 px, four from 992 px")
            .style(TextStyle.BODY_SMALL).color("onSurfaceVariant"),
        cells,
    };
  }
}
