package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * One cell of a {@link DataRow} (Flet's {@code DataCell}): a control shown in the row under the
 * column of the same position. A cell with {@link #onTap} takes the clicks on it (and Enter or
 * Space while it has the focus) instead of its row's selection.
 *
 * <p>Its one child is its content.
 */
public final class DataCell extends Control<DataCell> {

  /** The event of a click on the cell. */
  static final String TAP = "tap";

  public DataCell(Control<?> content) {
    super(1);
    content(content);
  }

  /** A cell showing {@code text}. */
  public DataCell(String text) {
    this(new Text(text));
  }

  @Override
  protected String type() {
    return "dataCell";
  }

  /** The control the cell shows. */
  public Control<?> content() {
    List<Control<?>> all = childList();
    return all.isEmpty() ? null : all.get(0);
  }

  /** Replaces what the cell shows. */
  public DataCell content(Control<?> content) {
    if (content == null) {
      throw new IllegalArgumentException("a DataCell shows a control; to show nothing, give it an empty Text");
    }
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  public boolean showEditIcon() {
    return get("showEditIcon") != null;
  }

  /** Shows a pencil at the cell's end: the cell's content can be edited (by its tap handler). */
  public DataCell showEditIcon(boolean show) {
    return set("showEditIcon", show ? Boolean.TRUE : null);
  }

  public boolean placeholder() {
    return get("placeholder") != null;
  }

  /** Shows the content as a placeholder (greyed): a value not filled in yet. */
  public DataCell placeholder(boolean placeholder) {
    return set("placeholder", placeholder ? Boolean.TRUE : null);
  }

  /** Runs when the user clicks the cell (or presses Enter or Space on it); data null. */
  public DataCell onTap(EventHandler<DataCell> handler) {
    return on(TAP, handler);
  }

  public DataCell onTapAsync(AsyncEventHandler<DataCell> handler) {
    return onAsync(TAP, handler);
  }
}
