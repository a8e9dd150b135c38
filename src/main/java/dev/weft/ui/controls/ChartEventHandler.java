package dev.weft.ui.controls;

/**
 * A chart's {@code onChartEvent} handler. Like any blocking event handler it runs off the event
 * loop and may block; what it changes on the page is sent when it returns.
 *
 * @param <E> {@link LineChartEvent}, {@link BarChartEvent} or {@link PieChartEvent}
 */
@FunctionalInterface
public interface ChartEventHandler<E> {

  void handle(E event) throws Exception;
}
