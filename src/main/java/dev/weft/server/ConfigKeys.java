package dev.weft.server;

import java.util.List;

/**
 * The catalogue of configuration keys: path, type, default, bounds and meaning of each. Reading
 * ({@link ConfigReader}), checking ({@link ConfigCheck}), the environment variable names and the
 * README's configuration table all follow from it.
 */
public final class ConfigKeys {

  /** Every configuration key. */
  public static final List<ConfigKey> ALL = List.of(
      ConfigKey.string("http.host", WeftConfig.DEFAULT_HOST, "WEFT_HOST",
          "the address the HTTP server binds"),
      ConfigKey.integer("http.port", WeftConfig.DEFAULT_PORT, 0, 65_535, "WEFT_PORT",
          "the HTTP port; 0 picks a free one"),
      ConfigKey.bool("http.trustProxy", false,
          "honour `Forwarded` and `X-Forwarded-Proto/Host/Prefix/For` from a reverse proxy: for "
              + "redirects, the page's base URL, the WebSocket origin check and the client's IP. "
              + "Only turn it on behind a proxy that sets them"),
      ConfigKey.optionalString("http.publicUrl",
          "the public URL of the server's root as browsers reach it (`https://example.com/apps`), "
              + "when it cannot be derived from the request (`Host`, or a trusted proxy's "
              + "headers): an app's public URL, which sign-in redirect URIs are made of, is this "
              + "plus the app's mount path"),
      ConfigKey.list("http.allowedOrigins",
          "origins (`https://example.com`) whose pages may open WebSockets, besides the page's own"),
      ConfigKey.string("http.frameAncestors", WeftConfig.DEFAULT_FRAME_ANCESTORS, null,
          "who may frame the app: the Content-Security-Policy `frame-ancestors` value"),
      ConfigKey.bool("http.compression", true,
          "gzip for text responses (HTML, JS, CSS, JSON, SVG) when the browser accepts it"),
      ConfigKey.integer("http.headersTimeoutSeconds", WeftConfig.DEFAULT_HEADERS_TIMEOUT_SECONDS, 0, 3_600,
          null, "a connection must complete a request's headers this long after it opens, and "
              + "after each response when kept alive, or it is closed (slowloris: headers trickled; "
              + "also a connection that sends nothing, or a WebSocket upgrade never completed); "
              + "0: no deadline"),
      ConfigKey.integer("http.idleTimeoutSeconds", WeftConfig.DEFAULT_IDLE_TIMEOUT_SECONDS, 0, 86_400,
          null, "a connection on which nothing is read or written for this long is closed, "
              + "whatever it was doing (a stalled request body, a response the client stopped "
              + "reading); at least twice `ws.pingIntervalSeconds`, whose pings keep WebSockets "
              + "busy; 0: none"),
      ConfigKey.string("assetsDir", WeftConfig.DEFAULT_ASSETS_DIR, null,
          "the apps' assets: a directory (relative to the working directory, or absolute) or "
              + "`classpath:<dir>`; served at each app's root, overriding the built-in favicon, "
              + "icons and manifest. When `assets` does not exist, `classpath:assets` is used"),
      ConfigKey.integer("ws.maxFrameSize", WeftConfig.DEFAULT_MAX_FRAME_SIZE, 1_024, 16_777_216, null,
          "the largest client message in bytes; larger ones get a `frame_too_large` error, and "
              + "above four times this the socket closes with 1009"),
      ConfigKey.integer("ws.maxErrors", WeftConfig.DEFAULT_MAX_ERRORS, 1, 100_000, null,
          "protocol errors a client may cause within 60 s before its socket is closed with 1008"),
      ConfigKey.bool("ws.compression", false,
          "permessage-deflate for WebSocket frames (costs memory and CPU per connection)"),
      ConfigKey.integer("ws.maxQueuedBytes", WeftConfig.DEFAULT_MAX_QUEUED_BYTES, 4_096, 1_073_741_824L,
          null, "bytes that may wait to be written to one connection (a client that reads too "
              + "slowly); past this the socket closes with 4003 and the session waits for the "
              + "browser to resume it. While the socket's write queue is full the server stops "
              + "reading from it"),
      ConfigKey.integer("ws.pingIntervalSeconds", WeftConfig.DEFAULT_PING_INTERVAL_SECONDS, 1, 3_600,
          null, "the server pings every connection this often and closes one that answered "
              + "nothing for two intervals (4004); the browser client reconnects when the server "
              + "is silent as long"),
      ConfigKey.integer("limits.sessions", WeftConfig.DEFAULT_MAX_SESSIONS, 0, 10_000_000, null,
          "sessions one instance holds at most (connected or waiting for their browser); past it a "
              + "new session's socket is closed with 1013 \"server busy\" (the page says so and "
              + "retries with backoff), a re-attach is still taken, and `/health/ready` answers 503. "
              + "0: no limit"),
      ConfigKey.integer("limits.controlsPerPage", WeftConfig.DEFAULT_MAX_CONTROLS_PER_PAGE, 0, 100_000_000,
          null, "controls one page may hold; adding past it throws an `IllegalStateException` in "
              + "the handler (the page shows its error banner) and leaves the page as it was. 0: no "
              + "limit"),
      ConfigKey.integer("session.timeoutSeconds", WeftConfig.DEFAULT_SESSION_TIMEOUT_SECONDS, 0, 86_400 * 7,
          null, "how long a session whose browser disconnected waits for it to reconnect"),
      ConfigKey.integer("session.replayBufferBytes", WeftConfig.DEFAULT_REPLAY_BUFFER_BYTES, 0, 1_073_741_824L,
          null, "the most bytes of messages the browser has not acknowledged that a session keeps; "
              + "a reconnect whose gap they cover gets just the missed messages, a longer gap a "
              + "full render"),
      ConfigKey.integer("session.unconfirmedTimeoutSeconds",
          WeftConfig.DEFAULT_UNCONFIRMED_TIMEOUT_SECONDS, 0, 86_400 * 7, null,
          "how long a session waits instead (when shorter) if its browser left without ever "
              + "acknowledging the first render (a browser does within 250 ms): throwaway "
              + "connections do not hold memory for `session.timeoutSeconds`"),
      ConfigKey.integer("shutdown.drainSeconds", WeftConfig.DEFAULT_DRAIN_SECONDS, 0, 3_600, null,
          "on SIGTERM or `Weft.close()`: how long running handlers get to finish (their changes "
              + "are delivered) before sessions end and browsers are told to reconnect (1012)"),
      ConfigKey.choice("handlers.executor", WeftConfig.DEFAULT_EXECUTOR,
          List.of("auto", "virtual-threads", "worker-pool"),
          "where blocking handlers run: `auto` is virtual threads on JDK 21+, else the worker pool"),
      ConfigKey.integer("handlers.workerPoolSize", WeftConfig.DEFAULT_WORKER_POOL_SIZE, 1, 10_000, null,
          "threads of the worker pool blocking handlers share when virtual threads are not used"),
      ConfigKey.integer("handlers.timeoutSeconds", WeftConfig.DEFAULT_HANDLER_TIMEOUT_SECONDS, 0, 86_400,
          null, "how long an event, upload, pubsub or sign-in handler may run: a blocking one "
              + "running longer is interrupted, an async one abandoned, and the page shows an "
              + "error banner naming the limit; 0: no limit (as in Flet; `main` and hooks never "
              + "have one)"),
      ConfigKey.integer("limits.eventsPerSecond", WeftConfig.DEFAULT_EVENTS_PER_SECOND, 0, 1_000_000,
          null, "client events one session takes per second (a token bucket, with "
              + "`limits.eventBurst`); faster ones are not run and get a `rate_limited` error. "
              + "Each second with such errors counts once toward `ws.maxErrors`; 0: no limit"),
      ConfigKey.integer("limits.eventBurst", WeftConfig.DEFAULT_EVENT_BURST, 1, 1_000_000, null,
          "events a session that has been quiet may send at once (a reconnecting page resending "
              + "what it kept offline) before `limits.eventsPerSecond` applies"),
      ConfigKey.integer("limits.pendingHandlers", WeftConfig.DEFAULT_PENDING_HANDLERS, 0, 100_000,
          null, "blocking handlers of one session running or waiting for a thread at once; an "
              + "event past it is not run and gets a `busy` error; 0: no limit"),
      ConfigKey.string("upload.dir", WeftConfig.DEFAULT_UPLOAD_DIR, null,
          "where uploads are stored, one folder per session"),
      ConfigKey.integer("upload.maxSize", WeftConfig.DEFAULT_UPLOAD_MAX_SIZE, 0, Long.MAX_VALUE, null,
          "the largest upload in bytes an upload URL allows unless it names a smaller one"),
      ConfigKey.optionalString("upload.secret",
          "the key upload URLs are signed with (HMAC-SHA256); empty: a random key per process, "
              + "or one the members of a cluster agree on at start — several unclustered instances "
              + "behind one load balancer must not leave it empty, and a production cluster should "
              + "set it from a secret store"),
      ConfigKey.integer("upload.urlTtlSeconds", WeftConfig.DEFAULT_UPLOAD_URL_TTL_SECONDS, 1, 86_400, null,
          "how long an upload URL stays valid"),
      ConfigKey.integer("upload.idleTimeoutSeconds", WeftConfig.DEFAULT_UPLOAD_IDLE_TIMEOUT_SECONDS, 1, 3_600,
          null, "an upload body that brings less than 1 KiB in this long (nothing, or a trickle) "
              + "is aborted with 408 `upload_timeout` and its partial file removed"),
      ConfigKey.integer("download.urlTtlSeconds", WeftConfig.DEFAULT_DOWNLOAD_URL_TTL_SECONDS, 1, 86_400, null,
          "how long the one-time URL of a `page.download` stays valid"),
      ConfigKey.integer("oauth.stateTtlSeconds", WeftConfig.DEFAULT_OAUTH_STATE_TTL_SECONDS, 1, 86_400, null,
          "how long a sign-in may take: an OAuth `state` older than this is refused"),
      new ConfigKey("oauth.providers", ConfigKey.Type.PROVIDERS, java.util.Map.of(), 0, 0, null, null,
          "the sign-in providers `page.login(name)` uses: name → `{\"type\": \"github\"|\"google\"|"
              + "\"azure\"|\"auth0\"|\"oidc\", \"clientId\", \"clientSecret\", \"issuer\", "
              + "\"tenant\", \"scopes\", \"site\", \"apiUrl\"}`; each field also from "
              + "`WEFT_OAUTH_PROVIDERS_<NAME>_<FIELD>` (secrets belong there). See docs/hosting.md, "
              + "Sign-in providers"),
      ConfigKey.integer("cleanup.intervalSeconds", WeftConfig.DEFAULT_CLEANUP_INTERVAL_SECONDS, 1, 86_400, null,
          "how often expired OAuth states and stale temporary upload files are removed"),
      ConfigKey.bool("cluster.enabled", false,
          "join a cluster of Weft instances (Vert.x clustered with Hazelcast) whose event buses "
              + "are one; the launcher's `-cluster` flag also turns it on. See "
              + "docs/deployment.md, Clustering"),
      ConfigKey.string("cluster.name", WeftConfig.DEFAULT_CLUSTER_NAME, null,
          "instances join only a cluster of the same name: one name per application"),
      ConfigKey.string("cluster.host", WeftConfig.DEFAULT_CLUSTER_HOST, null,
          "the address Hazelcast binds and advertises to the other members: this machine's "
              + "address on the network they share (the pod IP on Kubernetes)"),
      ConfigKey.integer("cluster.port", WeftConfig.DEFAULT_CLUSTER_PORT, 1, 65_535, null,
          "Hazelcast's port; a taken port stops the start (no auto-increment)"),
      ConfigKey.list("cluster.members",
          "other members' `host:port` (Hazelcast ports) to join over TCP-IP; an instance that "
              + "reaches none of them starts a cluster of its own, which they join. Multicast "
              + "is never used"),
      ConfigKey.optionalString("cluster.kubernetesService",
          "a headless Service's DNS name (`weft-cluster.default.svc.cluster.local`) whose "
              + "addresses are the members: Hazelcast's Kubernetes DNS discovery, replacing "
              + "`cluster.members`"),
      ConfigKey.optionalString("cluster.eventBusHost",
          "the address the clustered event bus binds and advertises; empty: `cluster.host`"),
      ConfigKey.integer("cluster.eventBusPort", 0, 0, 65_535, null,
          "the clustered event bus's port (sessions' messages between instances); 0 picks a "
              + "free one"),
      ConfigKey.integer("cluster.joinTimeoutSeconds", WeftConfig.DEFAULT_CLUSTER_JOIN_TIMEOUT_SECONDS,
          5, 100, null, "the longest a start may spend joining the cluster before it fails"),
      ConfigKey.bool("metrics.enabled", true,
          "serve Prometheus metrics at `metrics.path` (Weft's sessions, events, handler durations, "
              + "errors, uploads; with the launcher, Vert.x's HTTP, event-bus, pool and JVM "
              + "metrics too); false: no endpoint and no counting"),
      ConfigKey.string("metrics.path", WeftConfig.DEFAULT_METRICS_PATH, null,
          "where the metrics are served, at the server's root like `/health/*`"),
      ConfigKey.bool("metrics.vertx", true,
          "with the launcher, Vert.x's own metrics (HTTP, event bus, pools, JVM) beside Weft's "
              + "(the event bus's counted at one add per message, see docs/deployment.md); Weft's "
              + "own cost too little to measure"),
      new ConfigKey("apps", ConfigKey.Type.APPS, WeftConfig.DEFAULT_APPS, 0, 0, null, null,
          "the apps to serve: a JSON object from mount path to app class name, or to an object "
              + "with `class` and any of `title`, `shortName`, `description`, `themeColor`, "
              + "`backgroundColor`, `assetsDir`; replaces the default mounts as a whole"));

  /** The fields an app's object in {@code apps} may hold. */
  public static final List<String> APP_FIELDS = List.of(
      "class", "title", "shortName", "description", "themeColor", "backgroundColor", "assetsDir");

  private ConfigKeys() {
  }

  /** The key at a path, or null. */
  static ConfigKey find(String path) {
    for (ConfigKey key : ALL) {
      if (key.path().equals(path)) {
        return key;
      }
    }
    return null;
  }

  /** The key at a path. */
  static ConfigKey key(String path) {
    ConfigKey key = find(path);
    if (key == null) {
      throw new IllegalArgumentException("no configuration key " + path);
    }
    return key;
  }

  /** Whether a path names a section holding keys ({@code http}, {@code ws}, …). */
  static boolean isSection(String path) {
    return ALL.stream().anyMatch(k -> k.path().startsWith(path + "."));
  }
}
