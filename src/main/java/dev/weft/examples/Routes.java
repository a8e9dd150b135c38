package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.AppBar;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import dev.weft.ui.controls.View;

/**
 * Routing with a view stack (Flet's {@code page.views}): Home at {@code /}, Settings at
 * {@code /settings} on top of it. The views are rebuilt from the route whenever it changes, so
 * {@code page.go}, the browser's back and forward buttons, a deep link and a reload all end up
 * showing the same thing; the app bar's back button pops Settings (the default view pop).
 */
public final class Routes implements App {

  @Override
  public void main(Page page) {
    page.title("Routes");
    page.onRouteChange(e -> showRoute(page));
    showRoute(page);
  }

  private static void showRoute(Page page) {
    page.views().clear();
    page.views().add(home(page));
    if (page.path().equals("/settings")) {
      page.views().add(settings());
    }
    page.update();
  }

  private static View home(Page page) {
    return new View("/",
        new Text("Welcome").style(TextStyle.HEADLINE_SMALL),
        new Text("This page has two views. Settings opens on top of Home; the back button of its "
            + "bar, or the browser's, brings you back.").style(TextStyle.BODY_LARGE),
        new Button("Open settings", e -> page.go("/settings"))
            .variant(ButtonVariant.FILLED).icon("settings").key("open-settings"))
        .appBar(new AppBar("Home")
            .leading(new IconButton("home").tooltip("Home"))
            .actions(new IconButton("info").tooltip("About")));
  }

  private static View settings() {
    return new View("/settings",
        new Text("Notifications").style(TextStyle.TITLE_MEDIUM),
        new Switch("Email me about new orders", true),
        new Switch("Push notifications"),
        new Text("Privacy").style(TextStyle.TITLE_MEDIUM),
        new Switch("Share usage statistics"))
        .appBar(new AppBar("Settings"));
  }
}
