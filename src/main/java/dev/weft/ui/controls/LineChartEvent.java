package dev.weft.ui.controls;

/**
 * A hover, tap or exit on a {@link LineChart}: the point's series and its index in that series,
 * both -1 for {@link ChartEventType#EXIT}.
 */
public record LineChartEvent(LineChart chart, ChartEventType type, int seriesIndex, int pointIndex) {
}
