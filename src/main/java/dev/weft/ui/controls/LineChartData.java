package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.ArrayList;
import java.util.List;

/**
 * One series of a {@link LineChart} (Flet's {@code LineChartData}): its points, drawn as a line in
 * a colour (the theme's primary, tertiary, secondary… by series when unset), straight or curved,
 * solid or dashed, with the area below it filled or not and its points shown as dots or not.
 */
public final class LineChartData extends Control<LineChartData> {

  private final List<LineChartDataPoint> points =
      new TypedChildren<>(childList(), LineChartDataPoint.class, "a LineChartData");

  public LineChartData(LineChartDataPoint... points) {
    super(Integer.MAX_VALUE);
    this.points.addAll(List.of(points));
  }

  @Override
  protected String type() {
    return "lineChartData";
  }

  /** The series' points, in order along the line: a live list, sent on the next update. */
  public List<LineChartDataPoint> points() {
    return points;
  }

  /** The series' name, in tooltips and the chart's data table; null: "Series n". */
  public String label() {
    return (String) get("label");
  }

  public LineChartData label(String label) {
    return set("label", label);
  }

  /** A theme role or CSS colour; null: a Material role chosen by the series' position. */
  public String color() {
    return (String) get("color");
  }

  public LineChartData color(String color) {
    return set("color", color);
  }

  /** The line's width in px; 2 by default. */
  public double strokeWidth() {
    return ChartNumbers.read(get("strokeWidth"), 2);
  }

  public LineChartData strokeWidth(double width) {
    ChartNumbers.sizeOrNull(width, "a series' strokeWidth");
    return set("strokeWidth", width == 2 ? null : width);
  }

  public boolean curved() {
    return get("curved") != null;
  }

  /** Draws a smooth curve through the points (monotone: it never overshoots them) instead of straight segments. */
  public LineChartData curved(boolean curved) {
    return set("curved", curved ? Boolean.TRUE : null);
  }

  /** The fill between the line and the bottom of the plot, drawn at 16 % opacity (a tint); null: none. */
  public String belowLineColor() {
    return (String) get("belowLineColor");
  }

  public LineChartData belowLineColor(String color) {
    return set("belowLineColor", color);
  }

  public boolean pointsVisible() {
    return get("pointsVisible") == null;
  }

  /** Whether each point shows as a dot (true by default); hidden dots still take hover and focus. */
  public LineChartData pointsVisible(boolean visible) {
    return set("pointsVisible", visible ? null : Boolean.FALSE);
  }

  /** Dash and gap lengths in px (SVG's stroke-dasharray); empty: solid. */
  public List<Integer> dashPattern() {
    @SuppressWarnings("unchecked")
    List<Integer> dashes = (List<Integer>) get("dashPattern");
    return dashes == null ? List.of() : dashes;
  }

  public LineChartData dashPattern(int... pattern) {
    List<Integer> list = new ArrayList<>();
    for (int length : pattern) {
      if (length < 0) {
        throw new IllegalArgumentException("a dash pattern's lengths cannot be negative: " + length);
      }
      list.add(length);
    }
    return set("dashPattern", list.isEmpty() ? null : List.copyOf(list));
  }
}
