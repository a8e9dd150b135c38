package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.ThemeMode;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Checkbox;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.Divider;
import dev.weft.ui.controls.Dropdown;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.IconButtonVariant;
import dev.weft.ui.controls.Image;
import dev.weft.ui.controls.ProgressBar;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import dev.weft.ui.controls.TextStyle;

/** Every control Weft has, each doing something: a tour, and a page the browser tests drive. */
public final class Gallery implements App {

  @Override
  public void main(Page page) {
    page.title("Weft gallery");
    Text status = new Text("Nothing clicked yet").key("status");

    Row buttons = new Row(
        new Button("Elevated", e -> status.value("Elevated clicked")),
        new Button("Filled", e -> status.value("Filled clicked")).variant(ButtonVariant.FILLED),
        new Button("Tonal", e -> status.value("Tonal clicked")).variant(ButtonVariant.TONAL),
        new Button("Outlined", e -> status.value("Outlined clicked")).variant(ButtonVariant.OUTLINED),
        new Button("Text", e -> status.value("Text clicked")).variant(ButtonVariant.TEXT),
        new Button("Add", e -> status.value("Add clicked")).variant(ButtonVariant.FILLED).icon("add"))
        .wrap(true);

    IconButton favorite = new IconButton("favorite_border").tooltip("Favorite").selected(false).key("favorite");
    favorite.onClick(e -> {
      boolean on = !favorite.selected();
      favorite.selected(on).icon(on ? "favorite" : "favorite_border");
      status.value(on ? "Favorited" : "Unfavorited");
    });
    Row icons = new Row(
        favorite,
        new IconButton("delete", e -> status.value("Delete clicked")).tooltip("Delete")
            .variant(IconButtonVariant.FILLED),
        new IconButton("settings", e -> status.value("Settings clicked")).tooltip("Settings")
            .variant(IconButtonVariant.OUTLINED));

    Text greeting = new Text("Type your name and press Enter").key("greeting");
    TextField name = new TextField("Your name").hint("Ada Lovelace").key("name")
        .onChange(e -> greeting.value("Typing: " + e.control().value()))
        .onSubmit(e -> greeting.value("Hello, " + e.control().value() + "!"));

    Checkbox agree = new Checkbox("I agree").key("agree");
    agree.onChange(e -> status.value(agree.value() ? "Agreed" : "Not agreed"));
    Switch dark = new Switch("Dark mode").key("dark");
    dark.onChange(e -> page.themeMode(dark.value() ? ThemeMode.DARK : ThemeMode.LIGHT));
    Dropdown color = Dropdown.of("Favourite colour", "Red", "Green", "Blue").hint("Pick one").key("color");
    color.onChange(e -> status.value("Colour: " + color.value()));

    ProgressBar progress = new ProgressBar(0.0).label("Progress").key("progress");
    Button step = new Button("Advance", e -> {
      double next = Math.min(1.0, Math.round((progress.value() + 0.25) * 100) / 100.0);
      progress.value(next);
      status.value("Progress " + Math.round(next * 100) + "%");
    }).variant(ButtonVariant.TONAL);

    Container card = new Container(new Column(
        new Text("A container").style(TextStyle.TITLE_MEDIUM),
        new Text("Click me: containers take clicks too.")))
        .padding(16).borderRadius(16).elevation(2).bgcolor("surfaceContainer").ink(true).key("card");
    card.onClick(e -> status.value("Card clicked"));

    Column content = new Column(
        new Text("Weft gallery").style(TextStyle.HEADLINE_MEDIUM),
        status,
        section("Buttons", buttons, icons),
        section("Inputs", name, greeting, new Row(agree, dark), color),
        section("Progress", new Row(progress.expand(1), step), new ProgressBar().label("Working")),
        section("Theme", GalleryTheme.controls(page, dark)),
        section("Navigation", GalleryNavigation.controls(page)),
        section("Layout", card, new Image("favicon.png").alt("Weft logo").width(48).height(48)),
        section("Menus and layout", GalleryMenus.controls(page)),
        section("Overlays", GalleryOverlays.controls(page)),
        section("Pickers", GalleryPickers.controls(page)),
        section("Lists", GalleryLists.controls(page, status)),
        section("Tables", GalleryTables.controls(page, status)),
        section("Charts", GalleryCharts.controls(page, status)),
        section("Display", GalleryDisplay.controls(page, status)),
        section("Gestures and layout", GalleryGestures.controls(page, status)),
        section("Choices and sliders", GalleryChoices.controls(page, status)),
        section("Errors", new Row(new Button("Fail on purpose", e -> {
          throw new IllegalStateException("this handler fails on purpose");
        }).variant(ButtonVariant.OUTLINED))))
        .horizontalAlignment(CrossAxisAlignment.STRETCH).width(720);
    page.horizontalAlignment(CrossAxisAlignment.CENTER);
    page.add(content);
  }

  /** A section of the tour: a named region (a landmark screen readers can jump to) under a divider. */
  private static Column section(String title, Control<?>... controls) {
    Column column = new Column(new Divider(), new Text(title).style(TextStyle.TITLE_LARGE))
        .horizontalAlignment(CrossAxisAlignment.STRETCH).region(title);
    column.controls().addAll(java.util.List.of(controls));
    return column;
  }
}
