package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * One group of a {@link BarChart} (Flet's {@code BarChartGroup}): rods side by side at one x,
 * labelled by the bottom axis' label for that x.
 */
public final class BarChartGroup extends Control<BarChartGroup> {

  private final List<BarChartRod> rods = new TypedChildren<>(childList(), BarChartRod.class, "a BarChartGroup");

  public BarChartGroup(int x, BarChartRod... rods) {
    super(Integer.MAX_VALUE);
    x(x);
    this.rods.addAll(List.of(rods));
  }

  @Override
  protected String type() {
    return "barChartGroup";
  }

  /** The group's rods, left to right: a live list, sent on the next update. */
  public List<BarChartRod> rods() {
    return rods;
  }

  /** The group's x, matched to the bottom axis' labels. */
  public int x() {
    Object v = get("x");
    return v == null ? 0 : (Integer) v;
  }

  public BarChartGroup x(int x) {
    return set("x", x);
  }

  /** The space between the group's rods in px; 4 by default. */
  public double barsSpace() {
    return ChartNumbers.read(get("barsSpace"), 4);
  }

  public BarChartGroup barsSpace(double space) {
    ChartNumbers.sizeOrNull(space, "barsSpace");
    return set("barsSpace", space == 4 ? null : space);
  }
}
