package dev.weft.server;

import dev.weft.assets.AssetSource;
import dev.weft.assets.ContentSecurityPolicy;
import dev.weft.auth.ProviderSettings;
import dev.weft.cluster.ClusterSettings;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a resolved configuration before anything starts: every value's type and range, origins,
 * the framing policy, assets directories and the app classes themselves, so a bad configuration
 * stops the launcher with one line naming the key instead of half-starting a server.
 */
final class ConfigCheck {

  private static final Pattern MOUNT = Pattern.compile("/([A-Za-z0-9._~-]+/)*");

  private ConfigCheck() {
  }

  /** Checks every value of a resolved configuration. */
  static void check(WeftConfig config, JsonObject json, String source) throws ConfigException {
    for (ConfigKey key : ConfigKeys.ALL) {
      Object value = ConfigReader.value(json, key.path());
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
        case PROVIDERS -> checkProviders(value, source);
        default -> throw new IllegalStateException(key.type().toString());
      }
    }
    for (String origin : config.allowedOrigins()) {
      if (OriginCheck.normalize(origin) == null) {
        throw new ConfigException(source, "http.allowedOrigins: " + OriginCheck.problem(origin));
      }
    }
    String publicUrl = AppUrl.problem(config.publicUrl());
    if (publicUrl != null) {
      throw new ConfigException(source, "http.publicUrl " + publicUrl);
    }
    String framing = ContentSecurityPolicy.checkFrameAncestors(config.frameAncestors());
    if (framing != null) {
      throw new ConfigException(source, "http.frameAncestors: " + framing);
    }
    String clusterHost = ClusterSettings.hostProblem(config.cluster().host());
    if (clusterHost != null) {
      throw new ConfigException(source, "cluster.host: " + clusterHost);
    }
    for (String member : config.cluster().members()) {
      String problem = ClusterSettings.memberProblem(member);
      if (problem != null) {
        throw new ConfigException(source, "cluster.members: " + problem);
      }
    }
    if (!config.metricsPath().startsWith("/") || config.metricsPath().contains("*")) {
      throw new ConfigException(source, "metrics.path must be a path starting with /, not \""
          + config.metricsPath() + "\"");
    }
    long idle = config.idleTimeout().toSeconds();
    long ping = config.pingInterval().toSeconds();
    if (idle != 0 && idle < 2 * ping) {
      // a quiet WebSocket sees traffic only when the server pings it: a shorter idle timeout
      // would cut sockets that Weft's own ping/pong still finds alive
      throw new ConfigException(source, "http.idleTimeoutSeconds (" + idle + ") must be 0 or at "
          + "least twice ws.pingIntervalSeconds (" + ping + "), or quiet WebSockets would be cut "
          + "between two pings");
    }
    checkAssets(config.assetsDir(), "assetsDir", source);
    for (AppSpec app : config.apps()) {
      checkAssets(app.assetsDir(), "apps." + app.path() + ".assetsDir", source);
    }
  }

  private static void checkAssets(String setting, String key, String source) throws ConfigException {
    try {
      AssetSource.resolve(setting, setting.equals(WeftConfig.DEFAULT_ASSETS_DIR));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(source, key + ": " + e.getMessage());
    }
  }

  private static void checkProviders(Object value, String source) throws ConfigException {
    if (!(value instanceof JsonObject providers)) {
      throw new ConfigException(source, "oauth.providers must be a JSON object from provider name "
          + "to provider, like {\"github\": {\"type\": \"github\", \"clientId\": \"…\"}}");
    }
    for (String name : providers.fieldNames()) {
      try {
        ProviderSettings.of(name, providers.getValue(name));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(source, e.getMessage());
      }
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
          if (!ConfigKeys.APP_FIELDS.contains(field)) {
            throw new ConfigException(source, "apps." + path + ": unknown field \"" + field
                + "\" (known: " + String.join(", ", ConfigKeys.APP_FIELDS) + ")");
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
