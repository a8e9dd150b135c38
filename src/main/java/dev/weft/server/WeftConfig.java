package dev.weft.server;

import dev.weft.assets.AppIdentity;
import dev.weft.auth.ProviderSettings;
import dev.weft.cluster.ClusterSettings;
import dev.weft.session.SessionLimits;
import dev.weft.session.SessionSettings;
import dev.weft.upload.UploadUrls;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weft's configuration, read in one place: built-in defaults, then the {@code -conf} JSON
 * (deep-merged, so a conf holding only {@code {"http":{"port":8080}}} keeps every other default),
 * then {@code WEFT_*} environment variables, then command-line flags. Every value is checked
 * here, so a bad one stops the launcher with a message naming where it came from.
 *
 * <p>{@link ConfigKeys#ALL} lists every key; the README's configuration table is checked
 * against it. {@link ConfigReader} reads and merges; {@link ConfigCheck} checks.
 */
public final class WeftConfig {

  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final int DEFAULT_PORT = 8000;
  public static final int DEFAULT_MAX_FRAME_SIZE = 65_536;
  public static final int DEFAULT_MAX_ERRORS = 20;
  public static final int DEFAULT_SESSION_TIMEOUT_SECONDS = 300;
  public static final int DEFAULT_REPLAY_BUFFER_BYTES = (int) SessionSettings.DEFAULT_REPLAY_BYTES;
  public static final int DEFAULT_UNCONFIRMED_TIMEOUT_SECONDS =
      SessionSettings.DEFAULT_UNCONFIRMED_TIMEOUT_SECONDS;
  public static final int DEFAULT_MAX_QUEUED_BYTES = 1024 * 1024;
  public static final int DEFAULT_PING_INTERVAL_SECONDS = SessionSettings.DEFAULT_HEARTBEAT_SECONDS;
  /**
   * {@code limits.sessions}: room for the benchmarks' 15,010 idle sessions, and at one socket per
   * session 4,000 descriptors below a 20,000 open-files limit for HTTP, refused sockets and jars.
   */
  public static final int DEFAULT_MAX_SESSIONS = SessionSettings.DEFAULT_MAX_SESSIONS;
  /** {@code limits.controlsPerPage}: over three times the benchmarks' biggest page (30,003). */
  public static final int DEFAULT_MAX_CONTROLS_PER_PAGE = SessionSettings.DEFAULT_MAX_CONTROLS;
  public static final int DEFAULT_DRAIN_SECONDS = 10;
  public static final int DEFAULT_HEADERS_TIMEOUT_SECONDS = 20;
  public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 120;
  public static final int DEFAULT_UPLOAD_IDLE_TIMEOUT_SECONDS =
      (int) dev.weft.upload.UploadEndpoint.DEFAULT_IDLE_TIMEOUT.toSeconds();
  public static final int DEFAULT_WORKER_POOL_SIZE = 64;
  public static final String DEFAULT_EXECUTOR = "auto";
  public static final int DEFAULT_HANDLER_TIMEOUT_SECONDS = SessionLimits.DEFAULT_HANDLER_TIMEOUT_SECONDS;
  public static final int DEFAULT_EVENTS_PER_SECOND = SessionLimits.DEFAULT_EVENTS_PER_SECOND;
  public static final int DEFAULT_EVENT_BURST = SessionLimits.DEFAULT_EVENT_BURST;
  public static final int DEFAULT_PENDING_HANDLERS = SessionLimits.DEFAULT_PENDING_HANDLERS;
  public static final String DEFAULT_ASSETS_DIR = "assets";
  public static final String DEFAULT_FRAME_ANCESTORS = "'self'";
  public static final String DEFAULT_UPLOAD_DIR = "uploads";
  public static final int DEFAULT_UPLOAD_MAX_SIZE = 10 * 1024 * 1024;
  public static final int DEFAULT_UPLOAD_URL_TTL_SECONDS = 600;
  public static final int DEFAULT_DOWNLOAD_URL_TTL_SECONDS = 300;
  public static final int DEFAULT_OAUTH_STATE_TTL_SECONDS = 600;
  public static final int DEFAULT_CLEANUP_INTERVAL_SECONDS = 60;
  public static final String DEFAULT_CLUSTER_NAME = "weft";
  public static final String DEFAULT_CLUSTER_HOST = "127.0.0.1";
  public static final int DEFAULT_CLUSTER_PORT = 5701;
  public static final int DEFAULT_CLUSTER_JOIN_TIMEOUT_SECONDS = 60;
  public static final String DEFAULT_METRICS_PATH = "/metrics";
  public static final Map<String, Object> DEFAULT_APPS = Map.of(
      "/", "dev.weft.examples.SeedApp",
      "/sub-app/", "dev.weft.examples.SubApp");

  private final JsonObject json;

  private WeftConfig(JsonObject json) {
    this.json = json;
  }

  /** The built-in defaults. */
  public static WeftConfig defaults() {
    return new WeftConfig(ConfigReader.defaultsJson());
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
    JsonObject json = ConfigReader.defaultsJson();
    if (conf != null) {
      String source = "-conf " + (conf.trim().startsWith("{") ? "<inline JSON>" : conf);
      ConfigReader.merge(json, ConfigReader.readConf(conf, source), "", source);
    }
    for (ConfigKey key : ConfigKeys.ALL) {
      String value = env.get(key.envVar());
      String source = key.envVar();
      if (value == null && key.alias() != null) {
        value = env.get(key.alias());
        source = key.alias();
      }
      if (value != null) {
        ConfigReader.put(json, key.path(), ConfigReader.parse(key, value, source));
      }
    }
    ProviderVariables.apply(json, env);
    for (Map.Entry<String, String> flag : flags.entrySet()) {
      ConfigKey key = ConfigKeys.key(flag.getKey());
      String source = "--" + flag.getKey().substring(flag.getKey().lastIndexOf('.') + 1);
      ConfigReader.put(json, key.path(), ConfigReader.parse(key, flag.getValue(), source));
    }
    WeftConfig config = new WeftConfig(json);
    ConfigCheck.check(config, json, "configuration");
    return config;
  }

  /**
   * Defaults overlaid with a JSON object (a verticle's deployment config), checked.
   *
   * @throws ConfigException when the JSON holds an unknown key or a bad value
   */
  public static WeftConfig from(JsonObject conf) throws ConfigException {
    JsonObject json = ConfigReader.defaultsJson();
    ConfigReader.merge(json, conf == null ? new JsonObject() : conf.copy(), "", "config");
    WeftConfig config = new WeftConfig(json);
    ConfigCheck.check(config, json, "config");
    return config;
  }

  /** The resolved configuration as JSON: what the launcher hands the main verticle. */
  public JsonObject toJson() {
    return json.copy();
  }

  /** A copy with one value changed, checked. */
  public WeftConfig with(String path, Object value) throws ConfigException {
    JsonObject copy = json.copy();
    ConfigReader.put(copy, ConfigKeys.key(path).path(), value);
    WeftConfig config = new WeftConfig(copy);
    ConfigCheck.check(config, copy, path);
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

  /** What sessions take from this configuration; {@code uploadUrls} null for no uploads. */
  public SessionSettings sessionSettings(UploadUrls uploadUrls) {
    return new SessionSettings(sessionTimeout(), maxErrors(), uploadUrls, replayBufferBytes(),
        (int) pingInterval().toSeconds()).withLimits(sessionLimits())
        .withCapacity(maxSessions(), maxControlsPerPage())
        .withUnconfirmedTimeout(unconfirmedTimeout());
  }

  /** The {@code limits.*} keys and {@code handlers.timeoutSeconds}: what one session may ask. */
  public SessionLimits sessionLimits() {
    return new SessionLimits(eventsPerSecond(), eventBurst(), pendingHandlers(), handlerTimeout());
  }

  /** {@code limits.sessions}: the most sessions this instance holds; 0 for no limit. */
  public int maxSessions() {
    return ((Number) value("limits.sessions")).intValue();
  }

  /** {@code limits.controlsPerPage}: the most controls one page holds; 0 for no limit. */
  public int maxControlsPerPage() {
    return ((Number) value("limits.controlsPerPage")).intValue();
  }

  /** How long a session waits for a browser that left without acknowledging anything. */
  public Duration unconfirmedTimeout() {
    return Duration.ofSeconds(((Number) value("session.unconfirmedTimeoutSeconds")).longValue());
  }

  /** The most bytes of unacknowledged messages a session keeps to replay after a reconnect. */
  public int replayBufferBytes() {
    return ((Number) value("session.replayBufferBytes")).intValue();
  }

  /** The most bytes waiting to be written to one connection before it is closed with 4003. */
  public int maxQueuedBytes() {
    return ((Number) value("ws.maxQueuedBytes")).intValue();
  }

  /** How often the server pings each connection; two silent intervals close it. */
  public Duration pingInterval() {
    return Duration.ofSeconds(((Number) value("ws.pingIntervalSeconds")).longValue());
  }

  /** How long running handlers get to finish when the server shuts down. */
  public Duration drainTime() {
    return Duration.ofSeconds(((Number) value("shutdown.drainSeconds")).longValue());
  }

  public boolean trustProxy() {
    return (Boolean) value("http.trustProxy");
  }

  /** The server root's public URL ({@code http.publicUrl}), or empty to derive it per request. */
  public String publicUrl() {
    return (String) value("http.publicUrl");
  }

  /** Origins besides the page's own whose pages may open WebSockets. */
  public List<String> allowedOrigins() {
    return ConfigReader.strings(value("http.allowedOrigins"));
  }

  public String frameAncestors() {
    return (String) value("http.frameAncestors");
  }

  public boolean httpCompression() {
    return (Boolean) value("http.compression");
  }

  /** How long a connection may take to complete a request's headers; zero for no deadline. */
  public Duration headersTimeout() {
    return Duration.ofSeconds(((Number) value("http.headersTimeoutSeconds")).longValue());
  }

  /** How long a connection may stay silent both ways before it is closed; zero for ever. */
  public Duration idleTimeout() {
    return Duration.ofSeconds(((Number) value("http.idleTimeoutSeconds")).longValue());
  }

  /** How long an upload body may take to bring its next KiB before it is aborted. */
  public Duration uploadIdleTimeout() {
    return Duration.ofSeconds(((Number) value("upload.idleTimeoutSeconds")).longValue());
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

  /** How long a download's one-time URL works. */
  public Duration downloadUrlTtl() {
    return Duration.ofSeconds(((Number) value("download.urlTtlSeconds")).longValue());
  }

  public Duration oauthStateTtl() {
    return Duration.ofSeconds(((Number) value("oauth.stateTtlSeconds")).longValue());
  }

  /** The sign-in providers ({@code oauth.providers}), in configuration order. */
  public List<ProviderSettings> oauthProviders() {
    List<ProviderSettings> providers = new ArrayList<>();
    JsonObject map = json.getJsonObject("oauth").getJsonObject("providers");
    for (String name : map.fieldNames()) {
      providers.add(ProviderSettings.of(name, map.getValue(name))); // checked at load
    }
    return List.copyOf(providers);
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

  /** How long a handler may run before it is interrupted; zero: no limit. */
  public Duration handlerTimeout() {
    return Duration.ofSeconds(((Number) value("handlers.timeoutSeconds")).longValue());
  }

  /** Client events a session takes per second; 0: no limit. */
  public int eventsPerSecond() {
    return ((Number) value("limits.eventsPerSecond")).intValue();
  }

  /** Events a quiet session may send at once. */
  public int eventBurst() {
    return ((Number) value("limits.eventBurst")).intValue();
  }

  /** Blocking handlers of one session running or queued at once; 0: no limit. */
  public int pendingHandlers() {
    return ((Number) value("limits.pendingHandlers")).intValue();
  }

  /** What the {@code cluster.*} keys say. */
  public ClusterSettings cluster() {
    return new ClusterSettings((Boolean) value("cluster.enabled"), (String) value("cluster.name"),
        (String) value("cluster.host"), ((Number) value("cluster.port")).intValue(),
        ConfigReader.strings(value("cluster.members")), (String) value("cluster.kubernetesService"),
        (String) value("cluster.eventBusHost"), ((Number) value("cluster.eventBusPort")).intValue(),
        ((Number) value("cluster.joinTimeoutSeconds")).intValue());
  }

  /** Whether {@code /metrics} is served and sessions are counted. */
  public boolean metricsEnabled() {
    return (Boolean) value("metrics.enabled");
  }

  /** Whether the launcher starts Vert.x with its own metrics, beside Weft's. */
  public boolean metricsVertx() {
    return (Boolean) value("metrics.vertx");
  }

  /** Where the metrics are served, below the router's root. */
  public String metricsPath() {
    return (String) value("metrics.path");
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

  /** The configuration as JSON, secrets ({@code upload.secret}, providers' client secrets) hidden. */
  @Override
  public String toString() {
    JsonObject shown = json.copy();
    if (!uploadSecret().isEmpty()) {
      ConfigReader.put(shown, "upload.secret", "***");
    }
    JsonObject providers = shown.getJsonObject("oauth").getJsonObject("providers");
    for (String name : providers.fieldNames()) {
      if (providers.getValue(name) instanceof JsonObject p && p.containsKey("clientSecret")) {
        p.put("clientSecret", "***");
      }
    }
    return shown.encode();
  }

  private Object value(String path) {
    return ConfigReader.value(json, path);
  }
}
