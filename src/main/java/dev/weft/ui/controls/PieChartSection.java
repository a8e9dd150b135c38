package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * One section of a {@link PieChart} (Flet's {@code PieChartSection}): its value (its share of the
 * sum), its title drawn on it, its colour and its radius.
 */
public final class PieChartSection extends Control<PieChartSection> {

  public PieChartSection(double value) {
    value(value);
  }

  @Override
  protected String type() {
    return "pieChartSection";
  }

  public double value() {
    return ChartNumbers.read(get("value"), 0);
  }

  /** The section's value; its angle is its share of all sections' values. Zero or more. */
  public PieChartSection value(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a pie section's value must be a finite number of 0 or more, not " + value);
    }
    return set("value", value);
  }

  /** The text on the section (and its name in the legend); null: none on it, "Section n" for screen readers. */
  public String title() {
    return (String) get("title");
  }

  public PieChartSection title(String title) {
    return set("title", title);
  }

  /** A theme role or CSS colour; null: a Material role chosen by the section's position. */
  public String color() {
    return (String) get("color");
  }

  public PieChartSection color(String color) {
    return set("color", color);
  }

  /** The section's outer radius in px; null: what fits the chart (a larger one stands out). */
  public Double radius() {
    return ChartNumbers.readOrNull(get("radius"));
  }

  public PieChartSection radius(Number radius) {
    return set("radius", ChartNumbers.sizeOrNull(radius, "a pie section's radius"));
  }

  /** The section's text in the chart's tooltip (travels as {@code tip}); null: its title and value. */
  @Override
  public String tooltip() {
    return (String) get("tip");
  }

  @Override
  public PieChartSection tooltip(String text) {
    return set("tip", text);
  }
}
