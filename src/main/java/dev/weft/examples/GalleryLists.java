package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Card;
import dev.weft.ui.controls.Alignment;
import dev.weft.ui.controls.CardVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.GridView;
import dev.weft.ui.controls.ListTile;
import dev.weft.ui.controls.ListView;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The gallery's "Lists" section: a list of 1,000 clickable tiles that the browser builds only
 * where they are seen, a grid of 60 coloured tiles, and cards holding list tiles. (1,000, not
 * 10,000: every gallery session holds them on the server, and the browser tests open the gallery
 * many times; bench/browser.sh times a 10,000-item list.)
 */
final class GalleryLists {

  /** How many tiles the long list holds. */
  static final int ITEMS = 1_000;

  private static final String[] COLORS = {
    "primaryContainer", "secondaryContainer", "tertiaryContainer", "surfaceContainerHighest",
  };
  private static final String[] ON_COLORS = {
    "onPrimaryContainer", "onSecondaryContainer", "onTertiaryContainer", "onSurface",
  };

  private GalleryLists() {
  }

  static Control<?>[] controls(Page page, Text status) {
    List<Control<?>> tiles = new ArrayList<>(ITEMS);
    for (int i = 1; i <= ITEMS; i++) {
      int n = i;
      tiles.add(new ListTile(new Text("Item " + n))
          .subtitle(new Text("Row " + n + " of " + ITEMS))
          .onClick(e -> status.value("Clicked item " + n)));
    }
    ListView list = new ListView(tiles.toArray(Control<?>[]::new));
    list.height(320).key("long-list");

    List<Control<?>> cells = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      int c = i % COLORS.length;
      cells.add(new Container(new Text(String.valueOf(i)).color(ON_COLORS[c]))
          .bgcolor(COLORS[c]).borderRadius(12).alignment(Alignment.CENTER));
    }
    GridView grid = new GridView(cells.toArray(Control<?>[]::new))
        .maxExtent(80).spacing(8).runSpacing(8).padding(4);
    grid.height(200).key("grid");

    Card account = new Card(new Column(
        new ListTile(new Text("Ada Lovelace")).subtitle(new Text("ada@example.com"))
            .leading(new Container(new Text("AL").color("onPrimaryContainer"))
                .bgcolor("primaryContainer").borderRadius(20).width(40).height(40)
                .alignment(Alignment.CENTER)) // not a button: the whole tile is the button
            .onClick(e -> status.value("Opened Ada's profile")),
        new ListTile(new Text("Notifications")).trailing(new Text("3 new"))
            .selected(true).onClick(e -> status.value("Opened notifications"))).spacing(0))
        .key("account-card");
    Card filled = new Card(padded(
        new Text("A filled card").style(TextStyle.TITLE_MEDIUM),
        new Text("Less emphasis than an elevated card.")))
        .variant(CardVariant.FILLED);
    Card outlined = new Card(padded(
        new Text("An outlined card").style(TextStyle.TITLE_MEDIUM),
        new Text("A border instead of a shadow.")))
        .variant(CardVariant.OUTLINED);
    return new Control<?>[] {
        new Card(list).variant(CardVariant.OUTLINED),
        new Card(grid).variant(CardVariant.OUTLINED),
        new Row(account.expand(1),
            new Column(filled, outlined).horizontalAlignment(CrossAxisAlignment.STRETCH).expand(1))
            .verticalAlignment(CrossAxisAlignment.START),
    };
  }

  /** Cards have no padding of their own (their content may be edge to edge, like list tiles). */
  private static Container padded(Control<?>... lines) {
    return new Container(new Column(lines).spacing(4)).padding(16);
  }
}
