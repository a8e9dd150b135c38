package dev.weft.ui;

import dev.weft.protocol.Json;
import java.util.Map;

/**
 * A key pressed anywhere on the page (Flet's {@code KeyboardEvent}), heard by
 * {@link Page#onKeyboardEvent}.
 *
 * @param key the key as the browser names it ({@code KeyboardEvent.key}): {@code "k"}, {@code "K"}
 *     with Shift, {@code "Enter"}, {@code "ArrowUp"}, {@code "F5"}, …
 * @param shift whether Shift was held
 * @param ctrl whether Control was held
 * @param alt whether Alt (Option) was held
 * @param meta whether Meta (Command, Windows) was held
 */
public record KeyboardEvent(String key, boolean shift, boolean ctrl, boolean alt, boolean meta) {

  /** The event name on the page (control 0). */
  static final String NAME = "keyboard";

  public KeyboardEvent {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("a keyboard event needs a key");
    }
  }

  /**
   * Reads the event's data as the browser sends it: a JSON object in a string (event data is a
   * scalar, docs/protocol.md), {@code {"key":"k","shift":false,"ctrl":true,"alt":false,"meta":false}}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static KeyboardEvent parse(Object data) {
    if (!(data instanceof String text)) {
      throw new IllegalArgumentException("keyboard event data must be a JSON object in a string");
    }
    Object value;
    try {
      value = Json.readValue(text);
    } catch (Exception e) {
      throw new IllegalArgumentException("keyboard event data is not JSON: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map) || !(map.get("key") instanceof String key) || key.isEmpty()
        || key.length() > 64) {
      throw new IllegalArgumentException(
          "keyboard event data must be an object with a key of 1 to 64 characters");
    }
    return new KeyboardEvent(key, flag(map, "shift"), flag(map, "ctrl"), flag(map, "alt"),
        flag(map, "meta"));
  }

  private static boolean flag(Map<?, ?> map, String name) {
    Object value = map.get(name);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    throw new IllegalArgumentException("keyboard event " + name + " must be true or false");
  }
}
