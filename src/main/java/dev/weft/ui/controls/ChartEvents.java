package dev.weft.ui.controls;

import dev.weft.protocol.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Reads a chart's {@code chart} event from the browser, refusing anything else with an
 * {@link IllegalArgumentException} whose message the browser gets back as a protocol error. The
 * data is a JSON object in a string (the protocol keeps event data to scalars, as Flet does for
 * its chart events): {@code {"type": "hover"|"tap"|"exit", <first>: index, <second>: index}},
 * the indices naming an existing series and point (group and rod; a pie has only a section).
 * An exit carries no indices.
 */
final class ChartEvents {

  /** The event's name on the wire. */
  static final String CHART = "chart";

  /** A chart event read from the wire: its type and up to two indices (-1 when absent). */
  record Read(ChartEventType type, int first, int second) {
  }

  private ChartEvents() {
  }

  /**
   * Reads and checks an event.
   *
   * @param chart   the chart's kind, for messages ("line chart")
   * @param first   the first index' name ("series"), its count given by {@code firstCount}
   * @param second  the second index' name ("point"), or null for charts with one index; its count
   *                within the first's item given by {@code secondCount}
   */
  static Read read(Object data, String chart, String first, int firstCount, String second,
      IntUnaryOperator secondCount) {
    Map<?, ?> map = object(data, chart);
    ChartEventType type = type(map.get("type"), chart);
    if (type == ChartEventType.EXIT) {
      only(map, chart, List.of("type"));
      return new Read(type, -1, -1);
    }
    only(map, chart, second == null ? List.of("type", first) : List.of("type", first, second));
    int i = index(map.get(first), first, firstCount, chart);
    if (second == null) {
      return new Read(type, i, -1);
    }
    int j = index(map.get(second), second, secondCount.applyAsInt(i), chart + "'s " + first + " " + i);
    return new Read(type, i, j);
  }

  private static Map<?, ?> object(Object data, String chart) {
    if (!(data instanceof String text)) {
      throw new IllegalArgumentException("the data of a " + chart + "'s chart event must be a JSON object"
          + " in a string, not " + describe(data));
    }
    Object value;
    try {
      value = Json.readStrict(text);
    } catch (Exception e) {
      throw new IllegalArgumentException("the data of a " + chart + "'s chart event is not JSON: " + text);
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the data of a " + chart + "'s chart event must be a JSON object, not "
          + text);
    }
    return map;
  }

  private static ChartEventType type(Object type, String chart) {
    if (type instanceof String name) {
      for (ChartEventType t : ChartEventType.values()) {
        if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException("a " + chart + "'s chart event type must be hover, tap or exit, not "
        + describe(type));
  }

  private static void only(Map<?, ?> map, String chart, List<String> allowed) {
    for (Object key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("a " + chart + "'s chart event has no field \"" + key
            + "\" (it has " + String.join(", ", allowed) + ")");
      }
    }
  }

  private static int index(Object value, String name, int count, String where) {
    if (!(value instanceof Integer || value instanceof Long)) {
      throw new IllegalArgumentException("the " + name + " of a chart event must be a whole number, not "
          + describe(value));
    }
    long index = ((Number) value).longValue();
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(name + " " + index + " is out of range: the " + where + " has "
          + count);
    }
    return (int) index;
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
