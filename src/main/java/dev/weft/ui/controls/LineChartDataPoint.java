package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * One point of a {@link LineChartData} (Flet's {@code LineChartDataPoint}). A control of its own,
 * so that moving it is one {@code set} of a few bytes; the browser draws it as a dot that takes
 * hover and keyboard focus and shows its values in the chart's tooltip.
 */
public final class LineChartDataPoint extends Control<LineChartDataPoint> {

  public LineChartDataPoint(double x, double y) {
    x(x);
    y(y);
  }

  @Override
  protected String type() {
    return "lineChartDataPoint";
  }

  public double x() {
    return ChartNumbers.read(get("x"), 0);
  }

  public LineChartDataPoint x(double x) {
    return set("x", ChartNumbers.finite(x, "a point's x"));
  }

  public double y() {
    return ChartNumbers.read(get("y"), 0);
  }

  public LineChartDataPoint y(double y) {
    return set("y", ChartNumbers.finite(y, "a point's y"));
  }

  /**
   * The point's text in the chart's tooltip; null: its series' label and its x and y. Not the
   * common tooltip of other controls: the chart draws one tooltip for the point under the
   * pointer, so this travels as {@code tip}.
   */
  @Override
  public String tooltip() {
    return (String) get("tip");
  }

  @Override
  public LineChartDataPoint tooltip(String text) {
    return set("tip", text);
  }
}
