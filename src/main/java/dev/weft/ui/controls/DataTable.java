package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * A Material data table (Flet's {@code DataTable}): {@link DataColumn}s over {@link DataRow}s of
 * {@link DataCell}s, drawn as a real HTML table.
 *
 * <p>Sorting is the app's: a column's {@link DataColumn#onSort} handler reorders {@link #rows()}
 * and sets {@link #sortColumnIndex} and {@link #sortAscending}, which the heading shows. Selection
 * is the rows' ({@link DataRow#onSelectChanged}); {@link #showCheckboxColumn} adds a checkbox per
 * selectable row and a select-all checkbox in the heading.
 *
 * <p>With {@link #rowsPerPage} the table is paginated in the browser: every row is sent, the
 * browser shows one page of them and a footer ("11–20 of 100", previous and next), so turning a
 * page is instant and costs no round trip. A data set too big to send at once is paged by the app
 * instead: it puts one page of rows in the table and its own buttons beside it.
 *
 * <p>Its children are its columns, then its rows.
 */
public final class DataTable extends Control<DataTable> {

  /** The event of the select-all checkbox; data: the new value, a boolean. */
  static final String SELECT_ALL = "selectAll";

  private final List<DataColumn> columns =
      new TypedChildren<>(childList(), DataColumn.class, () -> 0, this::columnCount, "a DataTable's columns");
  private final List<DataRow> rows =
      new TypedChildren<>(childList(), DataRow.class, this::columnCount, () -> childList().size(),
          "a DataTable's rows");

  public DataTable(DataColumn... columns) {
    super(Integer.MAX_VALUE);
    this.columns.addAll(List.of(columns));
  }

  @Override
  protected String type() {
    return "dataTable";
  }

  /** The columns, left to right: a live list of {@link DataColumn}s. */
  public List<DataColumn> columns() {
    return columns;
  }

  /** Replaces the columns. */
  public DataTable columns(DataColumn... replacement) {
    columns.clear();
    columns.addAll(List.of(replacement));
    return this;
  }

  /**
   * The rows, top to bottom: a live list of {@link DataRow}s. {@code rows().sort(comparator)}
   * reorders them in place (the browser moves the rows it has).
   */
  public List<DataRow> rows() {
    return rows;
  }

  /** Replaces the rows. */
  public DataTable rows(DataRow... replacement) {
    rows.clear();
    rows.addAll(List.of(replacement));
    return this;
  }

  /** The columns come first: their number is the index of the first child that is no column. */
  private int columnCount() {
    List<Control<?>> all = childList();
    int n = 0;
    while (n < all.size() && all.get(n) instanceof DataColumn) {
      n++;
    }
    return n;
  }

  public Integer sortColumnIndex() {
    return (Integer) get("sortColumnIndex");
  }

  /** The column the rows are sorted by, shown by an arrow in its heading; null: none. */
  public DataTable sortColumnIndex(Integer index) {
    if (index != null && index < 0) {
      throw new IllegalArgumentException("a sort column index cannot be negative: " + index);
    }
    return set("sortColumnIndex", index);
  }

  public boolean sortAscending() {
    return get("sortAscending") == null;
  }

  /** Whether the sort column is sorted ascending (the arrow points up); true by default. */
  public DataTable sortAscending(boolean ascending) {
    return set("sortAscending", ascending ? null : Boolean.FALSE);
  }

  public boolean showCheckboxColumn() {
    return get("showCheckboxColumn") != null;
  }

  /**
   * Shows a checkbox at the start of each row ("Select row 3"), enabled on selectable rows, and a
   * select-all checkbox in the heading (see {@link #onSelectAll}).
   */
  public DataTable showCheckboxColumn(boolean show) {
    return set("showCheckboxColumn", show ? Boolean.TRUE : null);
  }

  public Integer rowsPerPage() {
    return (Integer) get("rowsPerPage");
  }

  /** Pages the table in the browser, this many rows a page; null: every row, no footer. */
  public DataTable rowsPerPage(Integer rows) {
    if (rows != null && rows < 1) {
      throw new IllegalArgumentException("rows per page must be 1 or more, not " + rows);
    }
    return set("rowsPerPage", rows);
  }

  public String label() {
    return (String) get("label");
  }

  /** The table's name for screen readers (its {@code aria-label}), e.g. "Chemical elements". */
  public DataTable label(String label) {
    return set("label", label == null || label.isBlank() ? null : label);
  }

  public String headingRowColor() {
    return (String) get("headingRowColor");
  }

  /** The heading row's background: a theme colour role or a CSS colour. */
  public DataTable headingRowColor(String color) {
    return set("headingRowColor", color == null || color.isEmpty() ? null : color);
  }

  public Number dataRowMinHeight() {
    return (Number) get("dataRowMinHeight");
  }

  /** The least height of a row, in pixels; 48 by default (Material's). */
  public DataTable dataRowMinHeight(Number height) {
    return set("dataRowMinHeight", nonNegative(height, "dataRowMinHeight"));
  }

  public Number dataRowMaxHeight() {
    return (Number) get("dataRowMaxHeight");
  }

  /** The most height of a row, in pixels (taller content is cut off); null: as tall as it needs. */
  public DataTable dataRowMaxHeight(Number height) {
    return set("dataRowMaxHeight", nonNegative(height, "dataRowMaxHeight"));
  }

  public Number columnSpacing() {
    return (Number) get("columnSpacing");
  }

  /** The space between two columns' contents, in pixels; 56 by default (Material's). */
  public DataTable columnSpacing(Number spacing) {
    return set("columnSpacing", nonNegative(spacing, "columnSpacing"));
  }

  public Number dividerThickness() {
    return (Number) get("dividerThickness");
  }

  /** The thickness of the line under each row, in pixels; 1 by default, 0 for none. */
  public DataTable dividerThickness(Number thickness) {
    return set("dividerThickness", nonNegative(thickness, "dividerThickness"));
  }

  public String horizontalLines() {
    return (String) get("horizontalLines");
  }

  /** The lines between rows as a CSS border, e.g. {@code "1px solid outline"}; replaces the dividers. */
  public DataTable horizontalLines(String border) {
    return set("horizontalLines", border == null || border.isBlank() ? null : border);
  }

  public String verticalLines() {
    return (String) get("verticalLines");
  }

  /** Lines between columns as a CSS border, e.g. {@code "1px solid outlineVariant"}; null: none. */
  public DataTable verticalLines(String border) {
    return set("verticalLines", border == null || border.isBlank() ? null : border);
  }

  public String border() {
    return (String) get("border");
  }

  /** A border around the table as CSS, e.g. {@code "1px solid outlineVariant"}; null: none. */
  public DataTable border(String border) {
    return set("border", border == null || border.isBlank() ? null : border);
  }

  /**
   * Runs when the user ticks or clears the select-all checkbox. Before it runs, every selectable
   * row (not disabled) is already selected (or not), as the browser shows; the rows' own handlers do not run. The
   * event's data is the new value.
   */
  public DataTable onSelectAll(EventHandler<DataTable> handler) {
    return on(SELECT_ALL, handler);
  }

  public DataTable onSelectAllAsync(AsyncEventHandler<DataTable> handler) {
    return onAsync(SELECT_ALL, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return SELECT_ALL.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!SELECT_ALL.equals(event)) {
      return null;
    }
    if (!showCheckboxColumn()) {
      return "selectAll on " + this + ", which shows no checkbox column";
    }
    if (!(data instanceof Boolean on)) {
      return "the data of selectAll on a dataTable must be a boolean (the new selection), not "
          + (data == null ? "null" : data.getClass().getSimpleName() + " " + data);
    }
    for (DataRow row : rows) {
      if (row.selectable() && !row.disabled()) { // as the browser does
        row.acceptSelected(on);
      }
    }
    return null;
  }

  private static Number nonNegative(Number value, String name) {
    if (value != null && !(value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(name + " must be 0 or more, not " + value);
    }
    return value;
  }
}
