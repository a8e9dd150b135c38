package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * A scrolling grid of controls, built by the browser a row at a time as rows come into view (see
 * {@link ScrollableList}). The number of columns is {@link #runsCount} or, with {@link
 * #maxExtent}, as many as fit with each at most that wide; every cell is
 * {@link #childAspectRatio} times as wide as it is high.
 */
public final class GridView extends ScrollableList<GridView> {

  public GridView(Control<?>... controls) {
    super(controls);
  }

  @Override
  protected String type() {
    return "gridView";
  }

  public int runsCount() {
    Object v = get("runsCount");
    return v == null ? 1 : (Integer) v;
  }

  /** How many cells a row holds (a column holds, when horizontal); 1 by default. */
  public GridView runsCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("runsCount must be 1 or more, not " + count);
    }
    return set("runsCount", count == 1 ? null : count);
  }

  public Number maxExtent() {
    return (Number) get("maxExtent");
  }

  /** The widest a cell may be, in pixels: as many cells a row as fit. Wins over runsCount. */
  public GridView maxExtent(Number extent) {
    return set("maxExtent", positive("maxExtent", extent));
  }

  public Number childAspectRatio() {
    Object v = get("childAspectRatio");
    return v == null ? 1 : (Number) v;
  }

  /** A cell's width divided by its height; 1 (square) by default. */
  public GridView childAspectRatio(Number ratio) {
    positive("childAspectRatio", ratio);
    return set("childAspectRatio", ratio == null || ratio.doubleValue() == 1 ? null : ratio);
  }

  public Number runSpacing() {
    Object v = get("runSpacing");
    return v == null ? 0 : (Number) v;
  }

  /** Space between cells across the scrolling axis (between columns), in pixels; 0 by default. */
  public GridView runSpacing(Number spacing) {
    nonNegative("runSpacing", spacing);
    return set("runSpacing", spacing == null || spacing.doubleValue() == 0 ? null : spacing);
  }
}
