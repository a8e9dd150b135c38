package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ListTile;
import dev.weft.ui.controls.ListView;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;

/**
 * A virtualised list of 10,000 items (bench/browser.sh), each a list tile with a title and a
 * value: 30,001 controls like {@link BigPage}'s column. The button "visible" writes its click count
 * into one of the first rows (on screen: the browser patches the DOM), "anywhere" into a row picked
 * like BigPage's (mostly off screen: the browser only edits what it keeps of that row).
 */
public final class BigList implements App {

  public static final int ROWS = 10_000;

  @Override
  public void main(Page page) {
    Text[] cells = new Text[ROWS];
    ListView list = new ListView().itemExtent(56).expand(1);
    for (int i = 0; i < ROWS; i++) {
      cells[i] = new Text("0");
      list.controls().add(new ListTile().title(new Text("row " + i)).trailing(cells[i]));
    }
    int[] clicks = {0};
    page.title("Big list");
    page.add(new Row(
        Button.async("change a visible cell", e -> {
          int n = ++clicks[0];
          cells[n % 5].value(String.valueOf(n));
          return null;
        }).key("visible"),
        Button.async("change any cell", e -> {
          int n = ++clicks[0];
          cells[(int) ((n * 7919L) % ROWS)].value(String.valueOf(n));
          return null;
        }).key("anywhere")),
        list);
  }
}
