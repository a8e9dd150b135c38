package dev.weft.server;

import java.util.Locale;

/**
 * One configuration key: its path in the conf JSON, its type and default, and what it means.
 * Its environment variable follows from the path: {@code WEFT_} and the path in UPPER_SNAKE
 * ({@code ws.maxFrameSize} → {@code WEFT_WS_MAX_FRAME_SIZE}).
 *
 * @param path dotted path in the conf JSON
 * @param type the value's type
 * @param defaultValue the built-in default
 * @param min the smallest allowed integer (ints only)
 * @param max the largest allowed integer (ints only)
 * @param choices the allowed strings, or null for any
 * @param alias a short environment variable also read, or null
 * @param meaning one line for the README's configuration table
 */
public record ConfigKey(String path, Type type, Object defaultValue, long min, long max,
                        java.util.List<String> choices, String alias, String meaning) {

  /** The kinds of value a key holds. */
  public enum Type {
    /** A non-empty string. */
    STRING,
    /** A string that may be empty (empty: the feature's own default, e.g. a generated secret). */
    OPTIONAL_STRING,
    INT,
    BOOL,
    /** A JSON array of strings; its environment variable is comma-separated (or a JSON array). */
    LIST,
    /** The mounted apps: a JSON object from mount path to app. */
    APPS,
    /** The sign-in providers: a JSON object from name to provider ({@code oauth.providers}). */
    PROVIDERS
  }

  /** The environment variable for this key. */
  public String envVar() {
    StringBuilder sb = new StringBuilder("WEFT_");
    for (char c : path.toCharArray()) {
      if (c == '.') {
        sb.append('_');
      } else if (Character.isUpperCase(c)) {
        sb.append('_').append(c);
      } else {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  static ConfigKey string(String path, String def, String alias, String meaning) {
    return new ConfigKey(path, Type.STRING, def, 0, 0, null, alias, meaning);
  }

  static ConfigKey optionalString(String path, String meaning) {
    return new ConfigKey(path, Type.OPTIONAL_STRING, "", 0, 0, null, null, meaning);
  }

  static ConfigKey list(String path, String meaning) {
    return new ConfigKey(path, Type.LIST, java.util.List.of(), 0, 0, null, null, meaning);
  }

  static ConfigKey choice(String path, String def, java.util.List<String> choices, String meaning) {
    return new ConfigKey(path, Type.STRING, def, 0, 0, choices, null, meaning);
  }

  static ConfigKey integer(String path, int def, long min, long max, String alias, String meaning) {
    return new ConfigKey(path, Type.INT, def, min, max, null, alias, meaning);
  }

  static ConfigKey bool(String path, boolean def, String meaning) {
    return new ConfigKey(path, Type.BOOL, def, 0, 0, null, null, meaning);
  }
}
