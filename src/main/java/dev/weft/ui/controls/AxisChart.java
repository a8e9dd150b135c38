package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * What a {@link LineChart} and a {@link BarChart} share: a plot between a left and a bottom
 * {@link ChartAxis}, optional {@link ChartGridLines}, a y range (from the data when unset), and
 * tooltips. Flet's two charts have these same properties under the same names.
 *
 * @param <C> the chart's own type, so chained setters keep it
 */
public abstract class AxisChart<C extends AxisChart<C>> extends Control<C> {

  AxisChart() {
    super(Integer.MAX_VALUE);
  }

  /** The y axis, on the left; null: plain number labels and no title. */
  public ChartAxis leftAxis() {
    return ChartAxis.fromWire(get("leftAxis"));
  }

  public C leftAxis(ChartAxis axis) {
    return set("leftAxis", axis == null ? null : axis.wire());
  }

  /** The x axis, at the bottom; null: plain number labels and no title. */
  public ChartAxis bottomAxis() {
    return ChartAxis.fromWire(get("bottomAxis"));
  }

  public C bottomAxis(ChartAxis axis) {
    return set("bottomAxis", axis == null ? null : axis.wire());
  }

  /** Lines across the plot at y values; null: none. */
  public ChartGridLines horizontalGridLines() {
    return ChartGridLines.fromWire(get("horizontalGridLines"));
  }

  public C horizontalGridLines(ChartGridLines lines) {
    return set("horizontalGridLines", lines == null ? null : lines.wire());
  }

  /** Lines up the plot at x values; null: none. */
  public ChartGridLines verticalGridLines() {
    return ChartGridLines.fromWire(get("verticalGridLines"));
  }

  public C verticalGridLines(ChartGridLines lines) {
    return set("verticalGridLines", lines == null ? null : lines.wire());
  }

  /** The lowest y shown; null: from the data (rounded down to a label step). */
  public Double minY() {
    return ChartNumbers.readOrNull(get("minY"));
  }

  public C minY(Number minY) {
    return set("minY", ChartNumbers.finiteOrNull(minY, "minY"));
  }

  /** The highest y shown; null: from the data (rounded up to a label step). */
  public Double maxY() {
    return ChartNumbers.readOrNull(get("maxY"));
  }

  public C maxY(Number maxY) {
    return set("maxY", ChartNumbers.finiteOrNull(maxY, "maxY"));
  }

  /** The tooltips' background; null: the theme's inverse surface (Material's plain tooltip). */
  public String tooltipBgcolor() {
    return (String) get("tooltipBgcolor");
  }

  public C tooltipBgcolor(String color) {
    return set("tooltipBgcolor", color);
  }

  /** The plot's background; null: none. */
  public String bgcolor() {
    return (String) get("bgcolor");
  }

  public C bgcolor(String color) {
    return set("bgcolor", color);
  }

  public boolean interactive() {
    return get("interactive") == null;
  }

  /**
   * Whether the chart reacts to the pointer and the keyboard: tooltips, focusable data and
   * {@code onChartEvent} (true by default, as in Flet). False: a picture, still described to
   * screen readers by its label and data table.
   */
  public C interactive(boolean interactive) {
    return set("interactive", interactive ? null : Boolean.FALSE);
  }

  /** The chart's accessible name ("Temperatures this week"); null: a summary of its data. */
  public String label() {
    return (String) get("label");
  }

  public C label(String label) {
    return set("label", label == null || label.isBlank() ? null : label);
  }
}
