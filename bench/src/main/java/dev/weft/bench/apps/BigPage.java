package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Control;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;

/**
 * A big page: a button above a column of 10,000 rows, each a label and a value cell (20,000
 * texts, 30,003 controls). Each click writes the session's click count into one cell (a
 * different row each time), so the patch carries {@code "value":"<clicks>"} like the counter's.
 */
public final class BigPage implements App {

  public static final int ROWS = 10_000;

  /** Builds the page's tree; shared with the in-process timing ({@code BigPageTiming}). */
  public static Text[] build(Page page) {
    Text[] cells = new Text[ROWS];
    Control<?>[] rows = new Control<?>[ROWS];
    for (int i = 0; i < ROWS; i++) {
      cells[i] = new Text("0");
      rows[i] = new Row(new Text("row " + i), cells[i]);
    }
    int[] clicks = {0};
    page.title("Big page");
    page.add(Button.async("change a cell", e -> {
      int n = ++clicks[0];
      cells[(int) ((n * 7919L) % ROWS)].value(String.valueOf(n));
      return null;
    }).key("plus"), new Column(rows));
    return cells;
  }

  @Override
  public void main(Page page) {
    build(page);
  }
}
