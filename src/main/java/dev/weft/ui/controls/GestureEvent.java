package dev.weft.ui.controls;

import java.util.Map;

/**
 * A gesture on a {@link GestureDetector} (Flet's {@code TapEvent}, {@code DragUpdateEvent},
 * {@code ScrollEvent}...): where it happened, in CSS pixels from the detector's top left corner,
 * and for a pan update or a scroll how far it moved since the last one.
 *
 * @param detector the detector
 * @param name the event: tap, doubleTap, longPress, secondaryTap, hover, enter, exit, panStart,
 *     panUpdate, panEnd or scroll
 * @param x the pointer's distance from the detector's left edge
 * @param y the pointer's distance from its top edge
 * @param dx a pan update's horizontal movement since the last update (the wheel's for a scroll),
 *     else 0
 * @param dy likewise, vertical
 */
public record GestureEvent(GestureDetector detector, String name, double x, double y, double dx, double dy) {

  /**
   * Reads an event's data as the browser sends it: {@code {"x":12,"y":40}}, with {@code "dx"} and
   * {@code "dy"} for panUpdate and scroll.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static GestureEvent parse(GestureDetector detector, String name, Object data) {
    String what = name + " on a gestureDetector";
    Map<?, ?> map = EventData.object(data, what);
    double x = EventData.number(map, "x", what);
    double y = EventData.number(map, "y", what);
    boolean moves = GestureDetector.PAN_UPDATE.equals(name) || GestureDetector.SCROLL.equals(name);
    double dx = moves ? EventData.number(map, "dx", what) : 0;
    double dy = moves ? EventData.number(map, "dy", what) : 0;
    return new GestureEvent(detector, name, x, y, dx, dy);
  }
}
