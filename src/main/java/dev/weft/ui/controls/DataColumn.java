package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * One column of a {@link DataTable} (Flet's {@code DataColumn}): its heading (a control, usually a
 * {@link Text}), whether it holds numbers (right-aligned, heading too), a tooltip, and a sort
 * handler.
 *
 * <p>A column with {@link #onSort} is sortable: its heading is a button, and a click on it (or Enter
 * or Space) asks the app to sort by it. The app decides the order, as in Flet: it reorders
 * {@link DataTable#rows()} (e.g. with {@code rows().sort(…)}) and sets the table's
 * {@link DataTable#sortColumnIndex} and {@link DataTable#sortAscending}, which the heading shows as
 * an arrow and {@code aria-sort}.
 *
 * <p>Its one child is its label.
 */
public final class DataColumn extends Control<DataColumn> {

  public DataColumn(Control<?> label) {
    super(1);
    label(label);
  }

  /** A column headed by {@code text}. */
  public DataColumn(String text) {
    this(new Text(text));
  }

  @Override
  protected String type() {
    return "dataColumn";
  }

  /** The column's heading. */
  public Control<?> label() {
    List<Control<?>> all = childList();
    return all.isEmpty() ? null : all.get(0);
  }

  /** Replaces the column's heading. */
  public DataColumn label(Control<?> label) {
    if (label == null) {
      throw new IllegalArgumentException("a DataColumn needs a label: its heading and its cells' name");
    }
    ContentSlot.put(childList(), !childList().isEmpty(), label);
    return this;
  }

  public boolean numeric() {
    return get("numeric") != null;
  }

  /** The column holds numbers: its heading and cells are right-aligned. */
  public DataColumn numeric(boolean numeric) {
    return set("numeric", numeric ? Boolean.TRUE : null);
  }

  /**
   * Makes the column sortable and runs {@code handler} when the user asks to sort by it, with the
   * column's index and the direction asked for: ascending, unless the table is sorted by this
   * column ascending already. Null: the column is no longer sortable.
   */
  public DataColumn onSort(DataColumnSortHandler handler) {
    return on(DataColumnSortEvent.SORT, handler == null ? null
        : e -> handler.handle(DataColumnSortEvent.read(this, e.data())));
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!DataColumnSortEvent.SORT.equals(event)) {
      return null;
    }
    try {
      DataColumnSortEvent.read(this, data);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
