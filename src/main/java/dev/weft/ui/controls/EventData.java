package dev.weft.ui.controls;

import dev.weft.protocol.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads event data that is more than a scalar: event data stays a string, number, boolean or null
 * on the wire (docs/protocol.md), so gesture and drag events send small JSON objects, and a range
 * slider or a segmented button a JSON array, in a string. Objects that are not what they should be
 * are refused with an {@link IllegalArgumentException} that says what is wrong; the browser gets
 * it back as a protocol error.
 */
final class EventData {

  /** Far beyond any screen: a coordinate past it is not a pointer position. */
  static final double MAX_COORDINATE = 1_000_000;

  private EventData() {
  }

  /** The event's data as a JSON object; {@code what} names the event in messages ("tap on a gestureDetector"). */
  static Map<?, ?> object(Object data, String what) {
    if (!(data instanceof String text)) {
      throw new IllegalArgumentException("the data of " + what + " must be a JSON object in a string, not " + data);
    }
    Object value;
    try {
      value = Json.readStrict(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("the data of " + what + " is not JSON: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the data of " + what + " must be a JSON object, not " + text);
    }
    return map;
  }

  /** A finite number within ±{@link #MAX_COORDINATE}. */
  static double number(Map<?, ?> map, String field, String what) {
    Object value = map.get(field);
    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())
        || Math.abs(n.doubleValue()) > MAX_COORDINATE) {
      throw new IllegalArgumentException("the data of " + what + " needs " + field
          + " as a number of CSS pixels, not " + value);
    }
    return n.doubleValue();
  }

  /** A control id: a whole number of 0 or more. */
  static int id(Map<?, ?> map, String field, String what) {
    Object value = map.get(field);
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0
        || ((Number) value).longValue() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the data of " + what + " needs " + field
          + " as a control id, not " + value);
    }
    return ((Number) value).intValue();
  }

  /** The list in a JSON string, or null when {@code data} is not one (the caller says what is wrong). */
  static List<?> list(Object data) {
    if (!(data instanceof String text)) {
      return null;
    }
    try {
      return Json.readStrict(text) instanceof List<?> list ? list : null;
    } catch (IOException e) {
      return null;
    }
  }
}
