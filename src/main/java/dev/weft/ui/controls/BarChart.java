package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import java.util.List;

/**
 * Groups of bars (Flet's {@code BarChart}), drawn by the browser as SVG. Its children are its
 * {@link BarChartGroup}s, placed side by side along x in their order, theirs their
 * {@link BarChartRod}s. The y range includes 0 unless {@code minY}/{@code maxY} say otherwise.
 */
public final class BarChart extends AxisChart<BarChart> {

  private final List<BarChartGroup> groups = new TypedChildren<>(childList(), BarChartGroup.class, "a BarChart");

  public BarChart(BarChartGroup... groups) {
    this.groups.addAll(List.of(groups));
  }

  @Override
  protected String type() {
    return "barChart";
  }

  /** The chart's groups, left to right: a live list, sent on the next update. */
  public List<BarChartGroup> groups() {
    return groups;
  }

  /** The space between groups in px; null: the groups share the width evenly, each centred in its slot. */
  public Double groupsSpace() {
    return ChartNumbers.readOrNull(get("groupsSpace"));
  }

  public BarChart groupsSpace(Number space) {
    return set("groupsSpace", ChartNumbers.sizeOrNull(space, "groupsSpace"));
  }

  /** Runs when the user hovers, taps or leaves a rod (by pointer or keyboard). */
  public BarChart onChartEvent(ChartEventHandler<BarChartEvent> handler) {
    return on(ChartEvents.CHART, handler == null ? null : e -> handler.handle(event(e.data())));
  }

  public BarChart onChartEventAsync(AsyncEventHandler<BarChart> handler) {
    return onAsync(ChartEvents.CHART, handler);
  }

  /**
   * The event a {@code chart} event's data describes, for async handlers ({@code e.data()}); the
   * indices were checked against the chart when the event arrived.
   */
  public BarChartEvent event(Object data) {
    ChartEvents.Read read = ChartEvents.read(data, "bar chart", "group", Integer.MAX_VALUE, "rod",
        i -> Integer.MAX_VALUE);
    return new BarChartEvent(this, read.type(), read.first(), read.second());
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ChartEvents.CHART.equals(event)) {
      return null;
    }
    try {
      ChartEvents.read(data, "bar chart", "group", groups.size(), "rod", i -> groups.get(i).rods().size());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
