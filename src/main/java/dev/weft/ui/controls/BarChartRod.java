package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * One bar of a {@link BarChartGroup} (Flet's {@code BarChartRod}): from {@code fromY} (0) up (or
 * down) to {@code toY}, {@code width} px wide (8 by default; the common {@code width} property),
 * its top corners rounded by {@code borderRadius}.
 */
public final class BarChartRod extends Control<BarChartRod> {

  public BarChartRod(double toY) {
    toY(toY);
  }

  @Override
  protected String type() {
    return "barChartRod";
  }

  public double fromY() {
    return ChartNumbers.read(get("fromY"), 0);
  }

  public BarChartRod fromY(double fromY) {
    ChartNumbers.finite(fromY, "a rod's fromY");
    return set("fromY", fromY == 0 ? null : fromY);
  }

  public double toY() {
    return ChartNumbers.read(get("toY"), 0);
  }

  public BarChartRod toY(double toY) {
    return set("toY", ChartNumbers.finite(toY, "a rod's toY"));
  }

  /** A theme role or CSS colour; null: the theme's primary. */
  public String color() {
    return (String) get("color");
  }

  public BarChartRod color(String color) {
    return set("color", color);
  }

  /** The radius of the rod's far corners in px; null: a quarter of its width, as Material's bars. */
  public Double borderRadius() {
    return ChartNumbers.readOrNull(get("borderRadius"));
  }

  public BarChartRod borderRadius(Number radius) {
    return set("borderRadius", ChartNumbers.sizeOrNull(radius, "a rod's borderRadius"));
  }

  /** The rod's text in the chart's tooltip (travels as {@code tip}); null: its value. */
  @Override
  public String tooltip() {
    return (String) get("tip");
  }

  @Override
  public BarChartRod tooltip(String text) {
    return set("tip", text);
  }
}
