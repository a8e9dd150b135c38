package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import java.util.List;

/**
 * A pie or, with a {@code centerSpaceRadius}, a donut (Flet's {@code PieChart}), drawn by the
 * browser as SVG. Its children are its {@link PieChartSection}s, clockwise from the top (turned
 * by {@code startDegreeOffset}), each taking its share of the sum of values.
 */
public final class PieChart extends Control<PieChart> {

  private final List<PieChartSection> sections =
      new TypedChildren<>(childList(), PieChartSection.class, "a PieChart");

  public PieChart(PieChartSection... sections) {
    super(Integer.MAX_VALUE);
    this.sections.addAll(List.of(sections));
  }

  @Override
  protected String type() {
    return "pieChart";
  }

  /** The sections, clockwise: a live list, sent on the next update. */
  public List<PieChartSection> sections() {
    return sections;
  }

  /** The gap between sections in px; 0 by default. */
  public double sectionsSpace() {
    return ChartNumbers.read(get("sectionsSpace"), 0);
  }

  public PieChart sectionsSpace(double space) {
    ChartNumbers.sizeOrNull(space, "sectionsSpace");
    return set("sectionsSpace", space == 0 ? null : space);
  }

  /** The radius of the hole in the middle in px; 0 (a pie) by default. */
  public double centerSpaceRadius() {
    return ChartNumbers.read(get("centerSpaceRadius"), 0);
  }

  public PieChart centerSpaceRadius(double radius) {
    ChartNumbers.sizeOrNull(radius, "centerSpaceRadius");
    return set("centerSpaceRadius", radius == 0 ? null : radius);
  }

  /** Where the first section starts, in degrees clockwise from the top; 0 by default. */
  public double startDegreeOffset() {
    return ChartNumbers.read(get("startDegreeOffset"), 0);
  }

  public PieChart startDegreeOffset(double degrees) {
    ChartNumbers.finite(degrees, "startDegreeOffset");
    return set("startDegreeOffset", degrees == 0 ? null : degrees);
  }

  public boolean interactive() {
    return get("interactive") == null;
  }

  /** Whether sections take hover, focus and taps (true by default). */
  public PieChart interactive(boolean interactive) {
    return set("interactive", interactive ? null : Boolean.FALSE);
  }

  /** The chart's accessible name; null: a summary of its sections. */
  public String label() {
    return (String) get("label");
  }

  public PieChart label(String label) {
    return set("label", label == null || label.isBlank() ? null : label);
  }

  /** Runs when the user hovers, taps or leaves a section (by pointer or keyboard). */
  public PieChart onChartEvent(ChartEventHandler<PieChartEvent> handler) {
    return on(ChartEvents.CHART, handler == null ? null : e -> handler.handle(event(e.data())));
  }

  public PieChart onChartEventAsync(AsyncEventHandler<PieChart> handler) {
    return onAsync(ChartEvents.CHART, handler);
  }

  /**
   * The event a {@code chart} event's data describes, for async handlers ({@code e.data()}); the
   * index was checked against the chart when the event arrived.
   */
  public PieChartEvent event(Object data) {
    ChartEvents.Read read = ChartEvents.read(data, "pie chart", "section", Integer.MAX_VALUE, null, null);
    return new PieChartEvent(this, read.type(), read.first());
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ChartEvents.CHART.equals(event)) {
      return null;
    }
    try {
      ChartEvents.read(data, "pie chart", "section", sections.size(), null, null);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
