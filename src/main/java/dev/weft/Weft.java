package dev.weft;

import dev.weft.auth.OAuthSignIns;
import dev.weft.auth.OAuthStates;
import dev.weft.auth.SignIns;
import dev.weft.download.DownloadHome;
import dev.weft.download.Downloads;
import dev.weft.health.Lifecycle;
import dev.weft.metrics.MetricsSetup;
import dev.weft.metrics.WeftMetrics;
import dev.weft.protocol.Codec;
import dev.weft.server.AppMount;
import dev.weft.server.DevServer;
import dev.weft.server.Housekeeping;
import dev.weft.server.VertxCloseHook;
import dev.weft.server.WeftConfig;
import dev.weft.server.WeftRouter;
import dev.weft.session.BlockingHandoff;
import dev.weft.session.SessionMetrics;
import dev.weft.session.Sessions;
import dev.weft.session.UploadNotice;
import dev.weft.upload.ClusterKey;
import dev.weft.upload.UploadHome;
import dev.weft.upload.UploadStore;
import dev.weft.upload.UploadUrls;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Weft instance: the apps it serves, their sessions, the hand-off for blocking handlers, and
 * the {@link Router} that serves them. Everything hangs off this object — there are no global
 * singletons — so several can live in one JVM.
 *
 * <p>To try an app on your machine, {@link #run(App)}. To serve apps from configuration, run
 * {@code java -jar app-fat.jar -conf conf/config.json}. To add Weft to a Vert.x application,
 * {@link #create(Vertx, WeftConfig)}, mount {@link #router()} in yours
 * ({@code router.route("/weft-app/*").subRouter(weft.router())}), and tie Weft's life to your
 * application's: {@link #start()} when it starts, {@link #close()} when it stops.
 */
public final class Weft {

  private final Vertx vertx;
  private final WeftConfig config;
  private final Codec codec = new Codec();
  private final WeftMetrics metrics; // null when metrics.enabled is false
  private final BlockingHandoff handoff;
  private final Sessions sessions;
  private final List<AppMount> mounts;
  private final UploadUrls uploadUrls;
  private final UploadStore uploadStore;
  private final UploadHome uploadHome; // null unless clustered
  private final Downloads downloads;
  private final DownloadHome downloadHome; // null unless clustered
  private final OAuthStates oauthStates;
  private final OAuthSignIns signIns;
  private final Housekeeping housekeeping;
  private final Router router;
  private final AtomicReference<Future<Void>> closing = new AtomicReference<>();
  private final AtomicReference<Lifecycle> lifecycle = new AtomicReference<>(Lifecycle.STARTING);
  private final VertxCloseHook closeHook;

  private Weft(Vertx vertx, WeftConfig config, List<AppMount> mounts) {
    this.vertx = vertx;
    this.config = config;
    this.metrics = config.metricsEnabled() ? WeftMetrics.of(vertx) : null;
    this.handoff = BlockingHandoff.create(vertx, config.executor(), config.workerPoolSize(),
        sessionMetrics());
    this.uploadStore = UploadStore.create(vertx, Path.of(config.uploadDir()));
    this.uploadHome = vertx.isClustered() ? UploadHome.create(vertx, uploadStore,
        UploadNotice.deliverTo(vertx.eventBus(), sessionMetrics())) : null;
    this.uploadUrls = UploadUrls.create(config.uploadSecret(), config.uploadMaxSize(),
        config.uploadUrlTtl(), Clock.systemUTC(), uploadHome == null ? "" : uploadHome.id());
    this.oauthStates = OAuthStates.create(vertx, config.oauthStateTtl());
    this.signIns = OAuthSignIns.create(vertx, config.oauthProviders(), oauthStates);
    this.housekeeping = new Housekeeping(vertx, config.cleanupInterval(), oauthStates, uploadStore);
    this.downloads = Downloads.create(vertx, config.downloadUrlTtl());
    this.downloadHome = vertx.isClustered() ? DownloadHome.create(vertx, downloads) : null;
    this.sessions = new Sessions(vertx, handoff, config.sessionSettings(uploadUrls)
        .withSignIns(signIns).withDownloads(downloads), codec, sessionMetrics());
    this.mounts = List.copyOf(mounts);
    this.router = WeftRouter.create(this);
    this.closeHook = VertxCloseHook.register(vertx, this::close);
  }

  /** Serves the apps the configuration's {@code apps} key names. */
  public static Weft create(Vertx vertx, WeftConfig config) {
    return new Weft(vertx, config, config.apps().stream().map(AppMount::load).toList());
  }

  /**
   * Serves the given apps, by mount path ({@code "/"}, {@code "/admin/"}), ignoring the
   * configuration's {@code apps}. Each app is an {@link App} or an {@link AsyncApp}.
   */
  public static Weft create(Vertx vertx, WeftConfig config, Map<String, ?> apps) {
    List<AppMount> mounts = new ArrayList<>();
    apps.forEach((path, app) -> mounts.add(AppMount.of(path, app, config)));
    return new Weft(vertx, config, mounts);
  }

  /** Runs a blocking-main app on this machine (see {@link DevServer} for port and browser rules). */
  public static DevServer.Running run(App app) {
    return DevServer.start(app, System.getenv());
  }

  /**
   * Runs an async-main app on this machine. (Named apart from {@link #run(App)}: a lambda such as
   * {@code page -> page.add(...)} would fit both.)
   */
  public static DevServer.Running runAsync(AsyncApp app) {
    return DevServer.start(app, System.getenv());
  }

  /** The router serving every mounted app: use it as a server's request handler, or mount it. */
  public Router router() {
    return router;
  }

  /**
   * HTTP server options matching the configuration: host, port, WebSocket limits, the idle
   * timeout ({@code http.idleTimeoutSeconds}), and HTTP/1.x only — no h2c, with which Vert.x shows
   * a connection only once its first bytes arrive, hiding a silent one from the headers deadline
   * ({@link dev.weft.server.HeadersDeadline}, which {@link dev.weft.server.WeftVerticle}
   * installs on its server).
   */
  public HttpServerOptions serverOptions() {
    int hardLimit = (int) Math.min(Integer.MAX_VALUE, 4L * config.maxFrameSize());
    return new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setHttp2ClearTextEnabled(false)
        .setIdleTimeout((int) config.idleTimeout().toSeconds())
        .setIdleTimeoutUnit(java.util.concurrent.TimeUnit.SECONDS)
        .setMaxWebSocketFrameSize(hardLimit)
        .setMaxWebSocketMessageSize(hardLimit)
        .setPerMessageWebSocketCompressionSupported(config.compression())
        .setPerFrameWebSocketCompressionSupported(config.compression())
        .setCompressionSupported(config.httpCompression());
  }

  public WeftConfig config() {
    return config;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The sessions this instance opens. */
  public Sessions sessions() {
    return sessions;
  }

  /** The protocol's codec, shared by every connection and session. */
  public Codec codec() {
    return codec;
  }

  /** The mounted apps. */
  public List<AppMount> mounts() {
    return mounts;
  }

  /**
   * Where this instance is in its life: {@code STARTING} until {@link #start()} completes,
   * {@code SERVING}, {@code DRAINING} from the first moment of {@link #close()}, {@code CLOSED}.
   * {@code GET /health/ready} answers 200 only while serving.
   */
  public Lifecycle lifecycle() {
    return lifecycle.get();
  }

  /** The hand-off running blocking handlers: its mode says virtual threads or worker pool. */
  public BlockingHandoff handoff() {
    return handoff;
  }

  /** Sessions this instance opened that are still alive. */
  public int liveSessions() {
    return sessions.live();
  }

  /**
   * What {@code GET /metrics} shows: the Prometheus registry and Weft's meters on it, shared by
   * the Weft instances of one Vert.x instance; null when {@code metrics.enabled} is false.
   */
  public WeftMetrics metrics() {
    return metrics;
  }

  /** Where the session code reports: Weft's meters, or nothing when metrics are off. */
  public SessionMetrics sessionMetrics() {
    return metrics == null ? SessionMetrics.NONE : metrics.meters();
  }

  /** Signs the upload URLs pages hand out ({@code upload.secret}, {@code upload.maxSize}, ...). */
  public UploadUrls uploadUrls() {
    return uploadUrls;
  }

  /** The upload directory ({@code upload.dir}): one folder per session. */
  public UploadStore uploadStore() {
    return uploadStore;
  }

  /**
   * Where bodies uploaded through other instances for this instance's sessions arrive; null
   * unless Vert.x is clustered.
   */
  public UploadHome uploadHome() {
    return uploadHome;
  }

  /** The downloads this instance's sessions asked for, waiting for their browsers. */
  public Downloads downloads() {
    return downloads;
  }

  /** Where the other instances of a cluster fetch this one's downloads; null unless clustered. */
  public DownloadHome downloadHome() {
    return downloadHome;
  }

  /** The OAuth states this instance issued: {@code oauthStates().issue()} starts a sign-in. */
  public OAuthStates oauthStates() {
    return oauthStates;
  }

  /**
   * The sign-in providers ({@code oauth.providers}): what {@code page.login} uses. Discovered
   * during {@link #start()}; a provider that could not be reached says why in
   * {@link SignIns#unavailable(String)}.
   */
  public SignIns signIns() {
    return signIns;
  }

  /**
   * Starts the app manager: a cleanup now and every {@code cleanup.intervalSeconds} (expired OAuth
   * states, stale temporary upload files). The router serves without it, but nothing gets cleaned
   * up, and {@code /health/ready} answers 503 until it has completed. Idempotent; call it when
   * your application starts (WeftVerticle does). With a clustered Vert.x it also registers the
   * upload home and, when {@code upload.secret} is empty, agrees with the other members on the
   * upload signing key ({@link ClusterKey}). It discovers the OpenID Connect sign-in providers
   * too (each call bounded by a 5 s timeout); one that cannot be reached is marked unavailable
   * and does not fail the start.
   *
   * @return completes once discovery has ended and, clustered, once the cluster answered; fails
   *     after {@link #close()}
   */
  public Future<Void> start() {
    if (closing.get() != null) {
      return Future.failedFuture(new IllegalStateException("this Weft is closed"));
    }
    housekeeping.start();
    if (metrics != null) { // the JVM's meters, when the launcher left them until now (MetricsSetup)
      MetricsSetup.bindDeferredJvmMeters(vertx, metrics.registry());
    }
    Future<Void> uploads = uploadHome == null ? Future.succeededFuture()
        : Future.all(uploadHome.start(), ClusterKey.share(vertx, config.uploadSecret(), uploadUrls))
            .mapEmpty();
    Future<Void> downloading = downloadHome == null ? Future.succeededFuture() : downloadHome.start();
    return Future.all(uploads, downloading, signIns.start()).<Void>mapEmpty().onSuccess(v ->
        lifecycle.compareAndSet(Lifecycle.STARTING, Lifecycle.SERVING)); // never back from draining
  }

  /**
   * Shuts down gracefully, when your application stops (and by itself when its Vert.x closes, so
   * on SIGTERM): {@code /health/ready} answers 503 at once and no session opens or re-attaches
   * (1012); running handlers get {@code shutdown.drainSeconds} to finish, and what they change is
   * delivered; then every live session of this instance ends (browsers told 1012 "server
   * restarting", {@code onClose} hooks run, up to 10 s), the cleanup timer stops, the temporary
   * files of unfinished uploads are removed, pending sign-ins fail and the blocking hand-off
   * closes. The router keeps answering meanwhile (health, static files), so the HTTP server must
   * stay up until this completes. Idempotent: every call returns the same future, which
   * completes when all that is done.
   */
  public Future<Void> close() {
    Promise<Void> closed = Promise.promise();
    if (!closing.compareAndSet(null, closed.future())) {
      return closing.get();
    }
    lifecycle.set(Lifecycle.DRAINING);
    closeHook.unregister();
    housekeeping.stop();
    sessions.drain(config.drainTime())
        .eventually(() -> uploadHome == null ? Future.succeededFuture() : uploadHome.close())
        .eventually(() -> downloadHome == null ? Future.succeededFuture() : downloadHome.close())
        .eventually(uploadStore::removeActive)
        .onComplete(ar -> {
          oauthStates.close();
          signIns.close();
          handoff.close();
          lifecycle.set(Lifecycle.CLOSED);
          closed.complete();
        });
    return closed.future();
  }
}
