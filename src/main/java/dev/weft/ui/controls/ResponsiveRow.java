package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * Lays its controls out on a grid of {@link #columns()} virtual columns (12 by default), like
 * Bootstrap's grid and Flet's {@code ResponsiveRow}: each control spans the columns its
 * {@link Control#col(java.util.Map) col} gives for the current breakpoint (all of them when it has
 * none), and wraps onto the next line when a line is full. The breakpoint is the browser window's
 * width, as in Flet ({@link dev.weft.ui.Breakpoint}); the browser re-lays the grid on resize by
 * itself (CSS media queries), without asking the server.
 */
public final class ResponsiveRow extends Control<ResponsiveRow> {

  public ResponsiveRow(Control<?>... controls) {
    super(Integer.MAX_VALUE);
    childList().addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "responsiveRow";
  }

  /** The row's controls, in reading order: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return childList();
  }

  public int columns() {
    Object v = get("columns");
    return v == null ? 12 : (Integer) v;
  }

  /** How many virtual columns the row has; a span wider than that takes a whole line. */
  public ResponsiveRow columns(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be 1 or more, not " + columns);
    }
    return set("columns", columns == 12 ? null : columns);
  }

  public int spacing() {
    Object v = get("spacing");
    return v == null ? 10 : (Integer) v;
  }

  /** The horizontal gap between controls on a line, in pixels. */
  public ResponsiveRow spacing(int spacing) {
    return set("spacing", checkGap("spacing", spacing) == 10 ? null : spacing);
  }

  public int runSpacing() {
    Object v = get("runSpacing");
    return v == null ? 10 : (Integer) v;
  }

  /** The vertical gap between lines, in pixels. */
  public ResponsiveRow runSpacing(int runSpacing) {
    return set("runSpacing", checkGap("runSpacing", runSpacing) == 10 ? null : runSpacing);
  }

  private static int checkGap(String name, int gap) {
    if (gap < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, not " + gap);
    }
    return gap;
  }
}
