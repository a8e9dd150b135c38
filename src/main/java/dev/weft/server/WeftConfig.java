package dev.weft.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.assets.AppIdentity;
import dev.weft.assets.AssetSource;
import dev.weft.assets.ContentSecurityPolicy;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Weft's configuration, read in one place: built-in defaults, then the {@code -conf} JSON
 * (deep-merged, so a conf holding only {@code {"http":{"port":8080}}} keeps every other default),
 * then {@code WEFT_*} environment variables, then command-line flags. Every value is checked
 * here, so a bad one stops the launcher with a message naming where it came from.
 *
 * <p>{@link #KEYS} lists every key; the README's configuration table is checked against it.
 */
public final class WeftConfig {

  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final int DEFAULT_PORT = 8000;
  public static final int DEFAULT_MAX_FRAME_SIZE = 65_536;
  public static final int DEFAULT_MAX_ERRORS = 20;
  public static final int DEFAULT_SESSION_TIMEOUT_SECONDS = 300;
  public static final int DEFAULT_WORKER_POOL_SIZE = 64;
  public static final String DEFAULT_EXECUTOR = "auto";
  public static final String DEFAULT_ASSETS_DIR = "assets";
  public static final String DEFAULT_FRAME_ANCESTORS = "'self'";
  public static final String DEFAULT_UPLOAD_DIR = "uploads";
  public static final int DEFAULT_UPLOAD_MAX_SIZE = 10 * 1024 * 1024;
  public static final int DEFAULT_UPLOAD_URL_TTL_SECONDS = 600;
  public static final int DEFAULT_OAUTH_STATE_TTL_SECONDS = 600;
  public static final int DEFAULT_CLEANUP_INTERVAL_SECONDS = 60;
  public static final Map<String, Object> DEFAULT_APPS = Map.of(
      "/", "dev.weft.examples.SeedApp",
      "/sub-app/", "dev.weft.examples.SubApp");

  /** Every configuration key. */
  public static final List<ConfigKey> KEYS = List.of(
      ConfigKey.string("http.host", DEFAULT_HOST, "WEFT_HOST",
          "the address the HTTP server binds"),
      ConfigKey.integer("http.port", DEFAULT_PORT, 0, 65_535, "WEFT_PORT",
          "the HTTP port; 0 picks a free one"),
      ConfigKey.bool("http.trustProxy", false,
          "honour `Forwarded` and `X-Forwarded-Proto/Host/Prefix/For` from a reverse proxy: for "
              + "redirects, the page's base URL, the WebSocket origin check and the client's IP. "
              + "Only turn it on behind a proxy that sets them"),
      ConfigKey.list("http.allowedOrigins",
          "origins (`https://example.com`) whose pages may open WebSockets, besides the page's own"),
      ConfigKey.string("http.frameAncestors", DEFAULT_FRAME_ANCESTORS, null,
          "who may frame the app: the Content-Security-Policy `frame-ancestors` value"),
      ConfigKey.bool("http.compression", true,
          "gzip for text responses (HTML, JS, CSS, JSON, SVG) when the browser accepts it"),
      ConfigKey.string("assetsDir", DEFAULT_ASSETS_DIR, null,
          "the apps' assets: a directory (relative to the working directory, or absolute) or "
              + "`classpath:<dir>`; served at each app's root, overriding the built-in favicon, "
              + "icons and manifest. When `assets` does not exist, `classpath:assets` is used"),
      ConfigKey.integer("ws.maxFrameSize", DEFAULT_MAX_FRAME_SIZE, 1_024, 16_777_216, null,
          "the largest client message in bytes; larger ones get a `frame_too_large` error, and "
              + "above four times this the socket closes with 1009"),
      ConfigKey.integer("ws.maxErrors", DEFAULT_MAX_ERRORS, 1, 100_000, null,
          "protocol errors a client may cause within 60 s before its socket is closed with 1008"),
      ConfigKey.bool("ws.compression", false,
          "permessage-deflate for WebSocket frames (costs memory and CPU per connection)"),
      ConfigKey.integer("session.timeoutSeconds", DEFAULT_SESSION_TIMEOUT_SECONDS, 0, 86_400 * 7,
          null, "how long a session whose browser disconnected waits for it to reconnect"),
      ConfigKey.choice("handlers.executor", DEFAULT_EXECUTOR,
          List.of("auto", "virtual-threads", "worker-pool"),
          "where blocking handlers run: `auto` is virtual threads on JDK 21+, else the worker pool"),
      ConfigKey.integer("handlers.workerPoolSize", DEFAULT_WORKER_POOL_SIZE, 1, 10_000, null,
          "threads of the worker pool blocking handlers share when virtual threads are not used"),
      ConfigKey.string("upload.dir", DEFAULT_UPLOAD_DIR, null,
          "where uploads are stored, one folder per session"),
      ConfigKey.integer("upload.maxSize", DEFAULT_UPLOAD_MAX_SIZE, 0, Long.MAX_VALUE, null,
          "the largest upload in bytes an upload URL allows unless it names a smaller one"),
      ConfigKey.optionalString("upload.secret",
          "the key upload URLs are signed with (HMAC-SHA256); empty: a random key per process, "
              + "which several instances behind one load balancer must not use"),
      ConfigKey.integer("upload.urlTtlSeconds", DEFAULT_UPLOAD_URL_TTL_SECONDS, 1, 86_400, null,
          "how long an upload URL stays valid"),
      ConfigKey.integer("oauth.stateTtlSeconds", DEFAULT_OAUTH_STATE_TTL_SECONDS, 1, 86_400, null,
          "how long a sign-in may take: an OAuth `state` older than this is refused"),
      ConfigKey.integer("cleanup.intervalSeconds", DEFAULT_CLEANUP_INTERVAL_SECONDS, 1, 86_400, null,
          "how often expired OAuth states and stale temporary upload files are removed"),
      new ConfigKey("apps", ConfigKey.Type.APPS, DEFAULT_APPS, 0, 0, null, null,
          "the apps to serve: a JSON object from mount path to app class name, or to an object "
              + "with `class` and any of `title`, `shortName`, `description`, `themeColor`, "
              + "`backgroundColor`, `assetsDir`; replaces the default mounts as a whole"));

  /** The fields an app's object in {@code apps} may hold. */
  public static final List<String> APP_FIELDS = List.of(
      "class", "title", "shortName", "description", "themeColor", "backgroundColor", "assetsDir");

  private static final Pattern MOUNT = Pattern.compile("/([A-Za-z0-9._~-]+/)*");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final JsonObject json;

  private WeftConfig(JsonObject json) {
    this.json = json;
  }

  /** The built-in defaults. */
  public static WeftConfig defaults() {
    return new WeftConfig(defaultsJson());
  }

  /**
   * Reads the whole configuration.
   *
   * @param conf the {@code -conf} value: a file path, inline JSON starting with <code>{</code>, or null
   * @param env the environment
   * @param flags command-line overrides by key path ({@code http.port} for {@code --port})
   */
  public static WeftConfig load(String conf, Map<String, String> env, Map<String, String> flags)
      throws ConfigException {
    JsonObject json = defaultsJson();
    if (conf != null) {
      String source = "-conf " + (conf.trim().startsWith("{") ? "<inline JSON>" : conf);
      merge(json, readConf(conf, source), "", source);
    }
    for (ConfigKey key : KEYS) {
      String value = env.get(key.envVar());
      String source = key.envVar();
      if (value == null && key.alias() != null) {
        value = env.get(key.alias());
        source = key.alias();
      }
      if (value != null) {
        put(json, key.path(), parse(key, value, source));
      }
    }
    for (Map.Entry<String, String> flag : flags.entrySet()) {
      ConfigKey key = key(flag.getKey());
      String source = "--" + flag.getKey().substring(flag.getKey().lastIndexOf('.') + 1);
      put(json, key.path(), parse(key, flag.getValue(), source));
    }
    WeftConfig config = new WeftConfig(json);
    config.check("configuration");
    return config;
  }

  /**
   * Defaults overlaid with a JSON object (a verticle's deployment config), checked.
   *
   * @throws ConfigException when the JSON holds an unknown key or a bad value
   */
  public static WeftConfig from(JsonObject conf) throws ConfigException {
    JsonObject json = defaultsJson();
    merge(json, conf == null ? new JsonObject() : conf.copy(), "", "config");
    WeftConfig config = new WeftConfig(json);
    config.check("config");
    return config;
  }

  /** The resolved configuration as JSON: what the launcher hands the main verticle. */
  public JsonObject toJson() {
    return json.copy();
  }

  /** A copy with one value changed, checked. */
  public WeftConfig with(String path, Object value) throws ConfigException {
    JsonObject copy = json.copy();
    put(copy, key(path).path(), value);
    WeftConfig config = new WeftConfig(copy);
    config.check(path);
    return config;
  }

  public String host() {
    return (String) value("http.host");
  }

  public int port() {
    return ((Number) value("http.port")).intValue();
  }

  public int maxFrameSize() {
    return ((Number) value("ws.maxFrameSize")).intValue();
  }

  public int maxErrors() {
    return ((Number) value("ws.maxErrors")).intValue();
  }

  public boolean compression() {
    return (Boolean) value("ws.compression");
  }

  public Duration sessionTimeout() {
    return Duration.ofSeconds(((Number) value("session.timeoutSeconds")).longValue());
  }

  public boolean trustProxy() {
    return (Boolean) value("http.trustProxy");
  }

  /** Origins besides the page's own whose pages may open WebSockets. */
  public List<String> allowedOrigins() {
    return strings(value("http.allowedOrigins"));
  }

  public String frameAncestors() {
    return (String) value("http.frameAncestors");
  }

  public boolean httpCompression() {
    return (Boolean) value("http.compression");
  }

  /** The global assets directory, or {@code classpath:<dir>}. */
  public String assetsDir() {
    return (String) value("assetsDir");
  }

  public String uploadDir() {
    return (String) value("upload.dir");
  }

  public long uploadMaxSize() {
    return ((Number) value("upload.maxSize")).longValue();
  }

  /** The upload signing key, or empty for a random one per process. */
  public String uploadSecret() {
    return (String) value("upload.secret");
  }

  public Duration uploadUrlTtl() {
    return Duration.ofSeconds(((Number) value("upload.urlTtlSeconds")).longValue());
  }

  public Duration oauthStateTtl() {
    return Duration.ofSeconds(((Number) value("oauth.stateTtlSeconds")).longValue());
  }

  public Duration cleanupInterval() {
    return Duration.ofSeconds(((Number) value("cleanup.intervalSeconds")).longValue());
  }

  public String executor() {
    return (String) value("handlers.executor");
  }

  public int workerPoolSize() {
    return ((Number) value("handlers.workerPoolSize")).intValue();
  }

  /** The mounted apps, longest path first (so the most specific mount wins). */
  public List<AppSpec> apps() {
    List<AppSpec> apps = new ArrayList<>();
    JsonObject map = json.getJsonObject("apps");
    for (String path : map.fieldNames()) {
      Object spec = map.getValue(path);
      if (spec instanceof String className) {
        apps.add(new AppSpec(path, className, AppIdentity.defaults(), assetsDir()));
      } else if (spec instanceof JsonObject obj) {
        String name = obj.getString("title", AppIdentity.DEFAULT_NAME);
        AppIdentity identity = new AppIdentity(name, obj.getString("shortName", name),
            obj.getString("description", AppIdentity.DEFAULT_DESCRIPTION),
            obj.getString("themeColor", AppIdentity.DEFAULT_THEME_COLOR),
            obj.getString("backgroundColor", AppIdentity.DEFAULT_BACKGROUND_COLOR));
        apps.add(new AppSpec(path, obj.getString("class"), identity,
            obj.getString("assetsDir", assetsDir())));
      }
    }
    apps.sort((a, b) -> b.path().length() - a.path().length());
    return apps;
  }

  @Override
  public String toString() {
    return json.encode();
  }

  private static List<String> strings(Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof io.vertx.core.json.JsonArray array) {
      array.forEach(v -> list.add((String) v));
    } else if (value instanceof List<?> raw) {
      raw.forEach(v -> list.add((String) v));
    }
    return List.copyOf(list);
  }

  // ------------------------------------------------------------------ reading

  private static JsonObject defaultsJson() {
    JsonObject json = new JsonObject();
    for (ConfigKey key : KEYS) {
      Object def = key.defaultValue();
      put(json, key.path(), def instanceof Map<?, ?> m ? new JsonObject(new LinkedHashMap<>(castMap(m))) : def);
    }
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static JsonObject readConf(String conf, String source) throws ConfigException {
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
      parsed = JSON.readValue(text, Object.class);
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
  private static void merge(JsonObject into, JsonObject from, String prefix, String source)
      throws ConfigException {
    for (String name : from.fieldNames()) {
      String path = prefix + name;
      Object value = from.getValue(name);
      ConfigKey key = find(path);
      if (key != null) {
        if (key.type() == ConfigKey.Type.APPS && value instanceof Map<?, ?> m) {
          value = new JsonObject(castMap(m));
        }
        into.put(name, value);
      } else if (isSection(path)) {
        if (!(value instanceof JsonObject) && !(value instanceof Map<?, ?>)) {
          throw new ConfigException(source, path + " must be a JSON object");
        }
        JsonObject section = value instanceof JsonObject j ? j : new JsonObject(castMap((Map<?, ?>) value));
        merge(into.getJsonObject(name), section, path + ".", source);
      } else {
        throw new ConfigException(source, "unknown key \"" + path + "\" (known keys: "
            + String.join(", ", KEYS.stream().map(ConfigKey::path).toList()) + ")");
      }
    }
  }

  private static boolean isSection(String path) {
    return KEYS.stream().anyMatch(k -> k.path().startsWith(path + "."));
  }

  private static ConfigKey find(String path) {
    for (ConfigKey key : KEYS) {
      if (key.path().equals(path)) {
        return key;
      }
    }
    return null;
  }

  private static ConfigKey key(String path) {
    ConfigKey key = find(path);
    if (key == null) {
      throw new IllegalArgumentException("no configuration key " + path);
    }
    return key;
  }

  /** Parses an environment variable or flag into the key's type. */
  private static Object parse(ConfigKey key, String text, String source) throws ConfigException {
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
        return readConf(value, source);
      case LIST:
        if (value.startsWith("[")) {
          try {
            return new io.vertx.core.json.JsonArray(JSON.readValue(value, List.class));
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

  private static void put(JsonObject json, String path, Object value) {
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

  private Object value(String path) {
    Object at = json;
    for (String part : path.split("\\.")) {
      at = ((JsonObject) at).getValue(part);
    }
    return at;
  }

  // ------------------------------------------------------------------ checking

  private void check(String source) throws ConfigException {
    for (ConfigKey key : KEYS) {
      Object value = value(key.path());
      switch (key.type()) {
        case OPTIONAL_STRING -> {
          if (!(value instanceof String)) {
            throw new ConfigException(source, key.path() + " must be a string, not " + show(value));
          }
        }
        case LIST -> {
          List<?> items = value instanceof io.vertx.core.json.JsonArray a ? a.getList()
              : value instanceof List<?> l ? l : null;
          if (items == null || items.stream().anyMatch(v -> !(v instanceof String s) || s.isBlank())) {
            throw new ConfigException(source, key.path() + " must be a JSON array of non-empty "
                + "strings, not " + show(value));
          }
        }
        case STRING -> {
          if (!(value instanceof String s) || s.isBlank()) {
            throw new ConfigException(source, key.path() + " must be a non-empty string, not " + show(value));
          }
          if (key.choices() != null && !key.choices().contains(s)) {
            throw new ConfigException(source, key.path() + " must be one of "
                + String.join(", ", key.choices()) + ", not " + show(value));
          }
        }
        case INT -> {
          if (!(value instanceof Integer || value instanceof Long)
              || ((Number) value).longValue() < key.min() || ((Number) value).longValue() > key.max()) {
            throw new ConfigException(source, key.path() + " must be an integer from " + key.min()
                + " to " + key.max() + ", not " + show(value));
          }
        }
        case BOOL -> {
          if (!(value instanceof Boolean)) {
            throw new ConfigException(source, key.path() + " must be true or false, not " + show(value));
          }
        }
        case APPS -> checkApps(value, source);
        default -> throw new IllegalStateException(key.type().toString());
      }
    }
    for (String origin : allowedOrigins()) {
      if (OriginCheck.normalize(origin) == null) {
        throw new ConfigException(source, "http.allowedOrigins: " + OriginCheck.problem(origin));
      }
    }
    String framing = ContentSecurityPolicy.checkFrameAncestors(frameAncestors());
    if (framing != null) {
      throw new ConfigException(source, "http.frameAncestors: " + framing);
    }
    checkAssets(assetsDir(), "assetsDir", source);
    for (AppSpec app : apps()) {
      checkAssets(app.assetsDir(), "apps." + app.path() + ".assetsDir", source);
    }
  }

  private static void checkAssets(String setting, String key, String source) throws ConfigException {
    try {
      AssetSource.resolve(setting, setting.equals(DEFAULT_ASSETS_DIR));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(source, key + ": " + e.getMessage());
    }
  }

  private static void checkApps(Object value, String source) throws ConfigException {
    if (!(value instanceof JsonObject apps) || apps.isEmpty()) {
      throw new ConfigException(source, "apps must be a JSON object mounting at least one app, "
          + "like {\"/\": \"com.example.Main\"}");
    }
    for (String path : apps.fieldNames()) {
      if (!MOUNT.matcher(path).matches() || path.contains("/../") || path.contains("/./")) {
        throw new ConfigException(source, "apps: the mount path \"" + path + "\" must start and "
            + "end with / and hold only letters, digits and . _ ~ -");
      }
      Object spec = apps.getValue(path);
      String className = spec instanceof String s ? s
          : spec instanceof JsonObject o && o.getValue("class") instanceof String s2 ? s2 : null;
      if (className == null || className.isBlank()) {
        throw new ConfigException(source, "apps." + path + " must be a class name or "
            + "{\"class\": \"…\", \"title\": \"…\"}, not " + show(spec));
      }
      if (spec instanceof JsonObject o) {
        for (String field : o.fieldNames()) {
          if (!APP_FIELDS.contains(field)) {
            throw new ConfigException(source, "apps." + path + ": unknown field \"" + field
                + "\" (known: " + String.join(", ", APP_FIELDS) + ")");
          }
          if (!(o.getValue(field) instanceof String text) || text.isBlank()) {
            throw new ConfigException(source, "apps." + path + "." + field
                + " must be a non-empty string");
          }
        }
      }
      String problem = Mounts.checkLoadable(className);
      if (problem != null) {
        throw new ConfigException(source, "apps." + path + ": " + problem);
      }
    }
  }

  private static String show(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
