package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import java.util.List;

/**
 * Lines through points (Flet's {@code LineChart}), drawn by the browser as SVG. Its children are
 * its {@link LineChartData} series, theirs their {@link LineChartDataPoint}s: changing one point
 * sends one small {@code set}, and the browser redraws only that series' line (and the axes, when
 * the data's range changed).
 *
 * <pre>{@code
 * LineChart chart = new LineChart(
 *     new LineChartData(new LineChartDataPoint(0, 12), new LineChartDataPoint(1, 15)).label("Oslo"));
 * chart.series().get(0).points().get(1).y(17);   // one set on the wire
 * }</pre>
 */
public final class LineChart extends AxisChart<LineChart> {

  public LineChart(LineChartData... series) {
    this.series.addAll(List.of(series));
  }

  private final List<LineChartData> series = new TypedChildren<>(childList(), LineChartData.class, "a LineChart");

  @Override
  protected String type() {
    return "lineChart";
  }

  /** The chart's series (lines), in drawing order: a live list, sent on the next update. */
  public List<LineChartData> series() {
    return series;
  }

  /** The lowest x shown; null: the data's lowest. */
  public Double minX() {
    return ChartNumbers.readOrNull(get("minX"));
  }

  public LineChart minX(Number minX) {
    return set("minX", ChartNumbers.finiteOrNull(minX, "minX"));
  }

  /** The highest x shown; null: the data's highest. */
  public Double maxX() {
    return ChartNumbers.readOrNull(get("maxX"));
  }

  public LineChart maxX(Number maxX) {
    return set("maxX", ChartNumbers.finiteOrNull(maxX, "maxX"));
  }

  /** Runs when the user hovers, taps or leaves a point (by pointer or keyboard). */
  public LineChart onChartEvent(ChartEventHandler<LineChartEvent> handler) {
    return on(ChartEvents.CHART, handler == null ? null : e -> handler.handle(event(e.data())));
  }

  public LineChart onChartEventAsync(AsyncEventHandler<LineChart> handler) {
    return onAsync(ChartEvents.CHART, handler);
  }

  /**
   * The event a {@code chart} event's data describes, for async handlers ({@code e.data()}); the
   * indices were checked against the chart when the event arrived.
   */
  public LineChartEvent event(Object data) {
    ChartEvents.Read read = ChartEvents.read(data, "line chart", "series", Integer.MAX_VALUE, "point",
        i -> Integer.MAX_VALUE);
    return new LineChartEvent(this, read.type(), read.first(), read.second());
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ChartEvents.CHART.equals(event)) {
      return null;
    }
    try {
      ChartEvents.read(data, "line chart", "series", series.size(), "point", i -> series.get(i).points().size());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
