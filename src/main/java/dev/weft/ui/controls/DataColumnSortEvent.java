package dev.weft.ui.controls;

import dev.weft.protocol.Json;
import dev.weft.ui.Page;
import java.io.IOException;
import java.util.Map;

/**
 * The user asked to sort a {@link DataTable} by a column (Flet's {@code DataColumnSortEvent}).
 *
 * <p>On the wire it is the column's event {@code sort}, whose data is a JSON document in a string,
 * {@code {"columnIndex": 2, "ascending": true}} (event data are scalars; Flet sends its sort
 * events the same way). The server refuses data that is not that, or whose index is not the
 * column's own.
 *
 * @param column      the column
 * @param columnIndex the column's index among the table's columns
 * @param ascending   the direction asked for
 */
public record DataColumnSortEvent(DataColumn column, int columnIndex, boolean ascending) {

  static final String SORT = "sort";

  /** The page the table is on. */
  public Page page() {
    return column.page();
  }

  /** The table the column heads, or null when the app has taken the column out of it since. */
  public DataTable table() {
    return column.parent() instanceof DataTable table ? table : null;
  }

  /** Reads the browser's data, refusing anything else with an {@link IllegalArgumentException}. */
  static DataColumnSortEvent read(DataColumn column, Object data) {
    if (!(data instanceof String text)) {
      throw new IllegalArgumentException("the data of sort on a dataColumn must be a JSON string, not "
          + (data == null ? "null" : data.getClass().getSimpleName()));
    }
    Object json;
    try {
      json = Json.readStrict(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("the data of sort on a dataColumn is not JSON: " + e.getMessage());
    }
    if (!(json instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the data of sort on a dataColumn must be an object {columnIndex, ascending}");
    }
    Object index = map.get("columnIndex");
    if (!(index instanceof Integer || index instanceof Long)) {
      throw new IllegalArgumentException("a sort's columnIndex must be a whole number, not " + index);
    }
    if (!(map.get("ascending") instanceof Boolean ascending)) {
      throw new IllegalArgumentException("a sort's ascending must be true or false, not " + map.get("ascending"));
    }
    if (!(column.parent() instanceof DataTable table)) {
      throw new IllegalArgumentException(column + " is in no DataTable, so it cannot be sorted");
    }
    int own = table.columns().indexOf(column);
    if (((Number) index).longValue() != own) {
      throw new IllegalArgumentException("a sort of " + column + " names column " + index
          + ", but it is column " + own + " of its table");
    }
    return new DataColumnSortEvent(column, own, ascending);
  }
}
