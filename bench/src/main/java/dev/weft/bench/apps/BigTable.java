package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.DataCell;
import dev.weft.ui.controls.DataColumn;
import dev.weft.ui.controls.DataRow;
import dev.weft.ui.controls.DataTable;
import dev.weft.ui.controls.Text;

/**
 * A data table of 1,000 rows and 5 columns (bench/browser.sh): 11,011 controls. The button
 * "cell" writes its click count into the last column of a row picked like BigPage's.
 */
public final class BigTable implements App {

  public static final int ROWS = 1_000;

  @Override
  public void main(Page page) {
    DataTable table = new DataTable(new DataColumn(new Text("#")), new DataColumn(new Text("Name")),
        new DataColumn(new Text("Group")), new DataColumn(new Text("Score")), new DataColumn(new Text("Clicks")));
    Text[] cells = new Text[ROWS];
    for (int i = 0; i < ROWS; i++) {
      cells[i] = new Text("0");
      table.rows().add(new DataRow(new DataCell(new Text(String.valueOf(i + 1))),
          new DataCell(new Text("Item " + (i + 1))), new DataCell(new Text("Group " + (char) ('A' + i % 6))),
          new DataCell(new Text(String.valueOf((i * 37) % 100))), new DataCell(cells[i])));
    }
    int[] clicks = {0};
    page.title("Big table");
    page.add(Button.async("change a cell", e -> {
      int n = ++clicks[0];
      cells[(int) ((n * 7919L) % ROWS)].value(String.valueOf(n));
      return null;
    }).key("cell"), table);
  }
}
