package dev.weft.ui.controls;

/**
 * A hover, tap or exit on a {@link BarChart}: the rod's group and its index in that group, both
 * -1 for {@link ChartEventType#EXIT}.
 */
public record BarChartEvent(BarChart chart, ChartEventType type, int groupIndex, int rodIndex) {
}
