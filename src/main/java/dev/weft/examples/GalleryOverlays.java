package dev.weft.examples;

import dev.weft.ui.Page;
import dev.weft.ui.controls.AlertDialog;
import dev.weft.ui.controls.Banner;
import dev.weft.ui.controls.BottomSheet;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.DrawerPosition;
import dev.weft.ui.controls.NavigationDestination;
import dev.weft.ui.controls.NavigationDrawer;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.SnackBar;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import dev.weft.ui.controls.TextStyle;

/**
 * The gallery's overlays section: a button for each overlay, opened with page.open and closed
 * with page.close (Flet's model); what happened shows in a status line.
 */
final class GalleryOverlays {

  private GalleryOverlays() {
  }

  static Column controls(Page page) {
    Text status = new Text("No overlay opened yet").key("overlay-status");

    AlertDialog dialog = new AlertDialog();
    dialog.title("Rename file")
        .content(new TextField("File name").value("notes.txt"))
        .actions(
            new Button("Cancel", e -> {
              page.close(dialog);
              status.value("Rename cancelled");
            }).variant(ButtonVariant.TEXT),
            new Button("Rename", e -> {
              page.close(dialog);
              status.value("Renamed");
            }).variant(ButtonVariant.TEXT))
        .onDismiss(e -> status.value("Dialog dismissed"));

    AlertDialog modal = new AlertDialog();
    modal.title("Discard draft?").icon("delete")
        .content(new Text("The draft will be deleted. This cannot be undone."))
        .modal(true)
        .actions(
            new Button("Keep", e -> {
              page.close(modal);
              status.value("Draft kept");
            }).variant(ButtonVariant.TEXT),
            new Button("Discard", e -> {
              page.close(modal);
              status.value("Draft discarded");
            }).variant(ButtonVariant.TEXT));

    BottomSheet sheet = new BottomSheet().showDragHandle(true).label("Share");
    sheet.content(new Column(
        new Text("Share this page").style(TextStyle.TITLE_LARGE),
        new Text("Send a link to this gallery, or copy it."),
        new Row(
            new Button("Copy link", e -> {
              page.close(sheet);
              status.value("Link copied");
            }).variant(ButtonVariant.FILLED).icon("share"),
            new Button("Close", e -> page.close(sheet)).variant(ButtonVariant.TEXT))))
        .onDismiss(e -> status.value("Sheet dismissed"));

    SnackBar snack = new SnackBar("Message archived").action("Undo").showCloseIcon(true);
    snack.onAction(e -> status.value("Undone"))
        .onDismiss(e -> status.value("Snack bar gone"));
    SnackBar quick = new SnackBar("Saved").duration(1500);
    quick.onDismiss(e -> status.value("Quick snack bar timed out"));

    Banner banner = new Banner("You are offline. Changes are saved on this device until you reconnect.")
        .icon("warning");
    banner.actions(
        new Button("Retry", e -> status.value("Retrying")).variant(ButtonVariant.TEXT),
        new Button("Dismiss", e -> {
          page.close(banner);
          status.value("Banner closed");
        }).variant(ButtonVariant.TEXT));

    NavigationDrawer drawer = drawer(page, status, DrawerPosition.START, "Mail folders");
    NavigationDrawer endDrawer = drawer(page, status, DrawerPosition.END, "Filters");

    Row openers = new Row(
        new Button("Open dialog", e -> page.open(dialog)).variant(ButtonVariant.TONAL).key("open:dialog"),
        new Button("Open modal dialog", e -> page.open(modal)).variant(ButtonVariant.TONAL).key("open:modal-dialog"),
        new Button("Open bottom sheet", e -> page.open(sheet)).variant(ButtonVariant.TONAL).key("open:bottom-sheet"),
        new Button("Show snack bar", e -> page.open(snack)).variant(ButtonVariant.TONAL),
        new Button("Show quick snack bar", e -> page.open(quick)).variant(ButtonVariant.TONAL),
        new Button("Show banner", e -> page.open(banner)).variant(ButtonVariant.TONAL),
        new Button("Open drawer", e -> page.open(drawer)).variant(ButtonVariant.TONAL).icon("menu").key("open:drawer"),
        new Button("Open end drawer", e -> page.open(endDrawer)).variant(ButtonVariant.TONAL).key("open:end-drawer"))
        .wrap(true);
    return new Column(openers, status);
  }

  private static NavigationDrawer drawer(Page page, Text status, DrawerPosition position, String label) {
    NavigationDrawer drawer = position == DrawerPosition.START
        ? new NavigationDrawer(
            NavigationDestination.of("home", "Inbox"),
            NavigationDestination.of("send", "Sent"),
            new NavigationDestination("star_border", "star", "Starred"),
            NavigationDestination.of("delete", "Trash"))
        : new NavigationDrawer(
            NavigationDestination.of("visibility", "Unread"),
            new NavigationDestination("favorite_border", "favorite", "Favourites"),
            NavigationDestination.of("person", "From people"));
    drawer.position(position).label(label);
    drawer.onChange(e -> {
      page.close(drawer);
      status.value(label + ": " + drawer.destinations().get(drawer.selectedIndex()).label());
    });
    drawer.onDismiss(e -> status.value(label + " dismissed"));
    return drawer;
  }
}
