package dev.weft.ui.controls;

import java.util.Map;
import java.util.Objects;

/**
 * One suggestion of an {@link AutoComplete} (Flet's {@code AutoCompleteSuggestion}).
 *
 * @param key   what identifies it to the app (and is matched as the user types, as the value is)
 * @param value the text shown, and put in the field when chosen
 */
public record AutoCompleteSuggestion(String key, String value) {

  public AutoCompleteSuggestion {
    Objects.requireNonNull(key, "a suggestion's key");
    value = value == null ? key : value;
  }

  Map<String, String> wire() {
    return Map.of("key", key, "value", value);
  }
}
