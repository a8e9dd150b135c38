package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * One row of a {@link DataTable} (Flet's {@code DataRow}): its {@link DataCell}s, one per column.
 *
 * <p>A row with an {@link #onSelectChanged} handler is selectable, as in Flet: a click on it (not on
 * a control inside it, nor on a cell with a tap handler), Space or Enter while it has the focus,
 * or its checkbox (when the table shows the checkbox column) toggles {@link #selected()}. The
 * browser shows the new state at once and reports it; the server takes it like a checkbox's value
 * (even before the handler runs), and the handler's event data is the new value.
 */
public final class DataRow extends Control<DataRow> {

  /** The event of a selection toggled by the user; data: the new value, a boolean. */
  static final String SELECT = "select";

  private final List<DataCell> cells =
      new TypedChildren<>(childList(), DataCell.class, () -> 0, () -> childList().size(), "a DataRow's cells");

  public DataRow(DataCell... cells) {
    super(Integer.MAX_VALUE);
    this.cells.addAll(List.of(cells));
  }

  @Override
  protected String type() {
    return "dataRow";
  }

  /** The row's cells, in column order: a live list of {@link DataCell}s. */
  public List<DataCell> cells() {
    return cells;
  }

  /** Replaces the cells. */
  public DataRow cells(DataCell... replacement) {
    cells.clear();
    cells.addAll(List.of(replacement));
    return this;
  }

  public boolean selected() {
    return get("selected") != null;
  }

  /** Selects the row (a tint, a ticked checkbox, {@code aria-selected}). */
  public DataRow selected(boolean selected) {
    return set("selected", selected ? Boolean.TRUE : null);
  }

  public String color() {
    return (String) get("color");
  }

  /** The row's background: a theme colour role ({@code "errorContainer"}) or a CSS colour. */
  public DataRow color(String color) {
    return set("color", color == null || color.isEmpty() ? null : color);
  }

  /**
   * Makes the row selectable and runs {@code handler} when the user toggles it; {@link #selected()}
   * is already the new value (also the event's data). Null: the row is no longer selectable.
   */
  public DataRow onSelectChanged(EventHandler<DataRow> handler) {
    return on(SELECT, handler);
  }

  public DataRow onSelectChangedAsync(AsyncEventHandler<DataRow> handler) {
    return onAsync(SELECT, handler);
  }

  /** Whether the user may select the row: it has a select handler. */
  boolean selectable() {
    return get("events") instanceof List<?> events && events.contains(SELECT);
  }

  /** Takes a selection the browser already shows (a click on the row, or select-all). */
  void acceptSelected(boolean selected) {
    putSilently("selected", selected ? Boolean.TRUE : null);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!SELECT.equals(event)) {
      return null;
    }
    if (!(data instanceof Boolean on)) {
      return "the data of select on a dataRow must be a boolean (the new selection), not "
          + (data == null ? "null" : data.getClass().getSimpleName() + " " + data);
    }
    acceptSelected(on);
    return null;
  }
}
