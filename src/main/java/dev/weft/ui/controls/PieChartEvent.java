package dev.weft.ui.controls;

/** A hover, tap or exit on a {@link PieChart}: the section's index, -1 for {@link ChartEventType#EXIT}. */
public record PieChartEvent(PieChart chart, ChartEventType type, int sectionIndex) {
}
