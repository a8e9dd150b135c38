package dev.weft.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.weft.protocol.Json;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns configuration text into JSON: the {@code -conf} file or inline JSON (with the line and
 * column of a syntax error), environment variables and flags parsed by their key's type, and the
 * deep merge that refuses keys Weft does not know.
 */
final class ConfigReader {

  private ConfigReader() {
  }

  static JsonObject defaultsJson() {
    JsonObject json = new JsonObject();
    for (ConfigKey key : ConfigKeys.ALL) {
      Object def = key.defaultValue();
      put(json, key.path(), def instanceof Map<?, ?> m ? new JsonObject(new LinkedHashMap<>(castMap(m))) : def);
    }
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  static JsonObject readConf(String conf, String source) throws ConfigException {
    String text;
    if (conf.trim().startsWith("{")) {
      text = conf;
    } else {
      Path path = Path.of(conf);
      if (Files.isDirectory(path)) {
        throw new ConfigException(source, "is a directory, not a JSON file");
      }
      try {
        text = Files.readString(path);
      } catch (NoSuchFileException e) {
        throw new ConfigException(source, "no such file");
      } catch (IOException e) {
        throw new ConfigException(source, "cannot be read: " + e.getMessage());
      }
    }
    Object parsed;
    try {
      parsed = Json.readStrict(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigException(source, "invalid JSON" + (at == null ? "" : " at line "
          + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new ConfigException(source, "must hold a JSON object, like {\"http\": {\"port\": 8000}}");
    }
    return new JsonObject(castMap(map));
  }

  /** Deep-merges {@code from} into {@code into}, refusing keys Weft does not know. */
  static void merge(JsonObject into, JsonObject from, String prefix, String source)
      throws ConfigException {
    for (String name : from.fieldNames()) {
      String path = prefix + name;
      Object value = from.getValue(name);
      ConfigKey key = ConfigKeys.find(path);
      if (key != null) {
        if ((key.type() == ConfigKey.Type.APPS || key.type() == ConfigKey.Type.PROVIDERS)
            && value instanceof Map<?, ?> m) {
          value = new JsonObject(castMap(m));
        }
        into.put(name, value);
      } else if (ConfigKeys.isSection(path)) {
        if (!(value instanceof JsonObject) && !(value instanceof Map<?, ?>)) {
          throw new ConfigException(source, path + " must be a JSON object");
        }
        JsonObject section = value instanceof JsonObject j ? j : new JsonObject(castMap((Map<?, ?>) value));
        merge(into.getJsonObject(name), section, path + ".", source);
      } else {
        throw new ConfigException(source, "unknown key \"" + path + "\" (known keys: "
            + String.join(", ", ConfigKeys.ALL.stream().map(ConfigKey::path).toList()) + ")");
      }
    }
  }

  /** Parses an environment variable or flag into the key's type. */
  static Object parse(ConfigKey key, String text, String source) throws ConfigException {
    String value = text.trim();
    switch (key.type()) {
      case INT:
        try {
          return Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new ConfigException(source, "must be an integer, not \"" + text + "\"");
        }
      case BOOL:
        if (value.equalsIgnoreCase("true") || value.equals("1")) {
          return true;
        }
        if (value.equalsIgnoreCase("false") || value.equals("0")) {
          return false;
        }
        throw new ConfigException(source, "must be true or false, not \"" + text + "\"");
      case APPS:
      case PROVIDERS:
        return readConf(value, source);
      case LIST:
        if (value.startsWith("[")) {
          try {
            Object list = Json.readStrict(value);
            if (!(list instanceof List<?> items)) {
              throw new ConfigException(source, "must be a JSON array of strings");
            }
            return new io.vertx.core.json.JsonArray(new java.util.ArrayList<>(items));
          } catch (JsonProcessingException e) {
            throw new ConfigException(source, "must be a JSON array of strings or a comma-separated "
                + "list: " + e.getOriginalMessage());
          }
        }
        io.vertx.core.json.JsonArray items = new io.vertx.core.json.JsonArray();
        for (String item : value.split(",")) {
          if (!item.isBlank()) {
            items.add(item.trim());
          }
        }
        return items;
      default:
        return value;
    }
  }

  static void put(JsonObject json, String path, Object value) {
    String[] parts = path.split("\\.");
    JsonObject at = json;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonObject next = at.getJsonObject(parts[i]);
      if (next == null) {
        next = new JsonObject();
        at.put(parts[i], next);
      }
      at = next;
    }
    at.put(parts[parts.length - 1], value);
  }

  /** The value at a dotted path of a configuration's JSON. */
  static Object value(JsonObject json, String path) {
    Object at = json;
    for (String part : path.split("\\.")) {
      at = ((JsonObject) at).getValue(part);
    }
    return at;
  }

  /** A list key's value as strings. */
  static List<String> strings(Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof io.vertx.core.json.JsonArray array) {
      array.forEach(v -> list.add((String) v));
    } else if (value instanceof List<?> raw) {
      raw.forEach(v -> list.add((String) v));
    }
    return List.copyOf(list);
  }
}
