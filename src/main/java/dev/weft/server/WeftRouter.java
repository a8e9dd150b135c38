package dev.weft.server;

import dev.weft.Weft;
import dev.weft.assets.ClientBundle;
import dev.weft.assets.SecurityHeaders;
import dev.weft.auth.OAuthCallbackEndpoint;
import dev.weft.auth.OAuthLoginEndpoint;
import dev.weft.download.DownloadEndpoint;
import dev.weft.download.Downloads;
import dev.weft.health.HealthEndpoints;
import dev.weft.metrics.MetricsEndpoint;
import dev.weft.session.UploadNotice;
import dev.weft.upload.UploadEndpoint;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * Builds the one {@link Router} that serves every mounted app, in this order:
 *
 * <ol>
 *   <li>every request: {@link FrontDoor} — the security headers (nosniff, Content-Security-Policy,
 *       Referrer-Policy) whatever answers it, whether a reverse proxy's headers are trusted
 *       ({@code http.trustProxy}), and the redirect of a host's bare mount point
 *       ({@code /weft-app} → {@code /weft-app/}, {@link MountPointRedirect});</li>
 *   <li>{@code /health/live} and {@code /health/ready} ({@link HealthEndpoints}) — once, at the
 *       router's root, not under each app: load balancers and Kubernetes probe the server, not an
 *       app. A router mounted at {@code /weft-app/} answers them at {@code /weft-app/health/...};
 *       they come before the mounts, so an app mounted at {@code /health/} cannot hide them;</li>
 *   <li>{@code metrics.path} ({@code /metrics}, {@link MetricsEndpoint}) unless
 *       {@code metrics.enabled} is false — at the root and before the mounts, for the same
 *       reasons;</li>
 *   <li>every mount's {@code <mount>ws} — the WebSocket upgrade, first because every session
 *       open takes it (on Weft's own server, {@link UpgradeShortcut} takes the upgrades this
 *       route would accept before the router, and leaves it the refusals). No body handler sits
 *       in front of it or of any route: a global {@code BodyHandler} breaks WebSocket upgrades,
 *       and uploads are streamed;</li>
 * </ol>
 *
 * then for each mount, longest path first (so {@code /sub-app/} wins over {@code /} whatever
 * order the configuration lists them):
 *
 * <ol>
 *   <li>{@code <mount minus its slash>} — redirects to the mount ({@code /sub-app} →
 *       {@code /sub-app/});</li>
 *   <li>{@code <mount>upload} — uploads to signed URLs, streamed into the session's folder and
 *       handed to the session over the event bus ({@link UploadEndpoint});</li>
 *   <li>{@code <mount>download/<token>} — one-time downloads a page asked for, streamed, or
 *       pulled from the instance holding them in a cluster ({@link DownloadEndpoint});</li>
 *   <li>{@code <mount>oauth_login} — a sign-in's way to its provider, binding the browser
 *       with a cookie ({@link OAuthLoginEndpoint});</li>
 *   <li>{@code <mount>oauth_callback} — OAuth sign-in callbacks, checked against the
 *       instance's state store ({@link OAuthCallbackEndpoint});</li>
 *   <li>{@code <mount>*} — {@link ClientFiles}: the index page, the client under its hashed
 *       prefix, the app's assets, Weft's web app files (favicon, icons, manifest) unless the
 *       assets replace them, then the SPA fallback.</li>
 * </ol>
 */
public final class WeftRouter {

  private WeftRouter() {
  }

  /** The router serving every app a Weft instance mounts. */
  public static Router create(Weft weft) {
    Router router = Router.router(weft.vertx());
    router.route().handler(new FrontDoor(SecurityHeaders.create(weft.config().frameAncestors()),
        weft.config().trustProxy()));
    HealthEndpoints.mount(router, weft);
    if (weft.metrics() != null) {
      MetricsEndpoint.mount(router, weft.config().metricsPath(), weft.metrics());
    }
    OriginCheck origins = new OriginCheck(weft.config().allowedOrigins());
    List<AppMount> ordered = weft.mounts().stream()
        .sorted((a, b) -> b.path().length() - a.path().length())
        .toList();
    for (AppMount mount : ordered) { // exact paths, first: every session open takes this route
      router.route(mount.endpoint("ws")).handler(WebSocketEndpoint.of(weft, mount, origins));
    }
    Future<ClientBundle> bundle = ClientBundle.load(weft.vertx());
    for (AppMount mount : ordered) {
      ClientFiles client = ClientFiles.create(weft.vertx(), mount, bundle,
          weft.config().httpCompression());
      if (!mount.path().equals("/")) {
        SlashRedirect redirect = new SlashRedirect(mount);
        router.route(redirect.bare()).handler(redirect);
      }
      router.route(mount.endpoint("upload")).handler(UploadEndpoint.create(weft.uploadUrls(),
          weft.uploadStore(), mount.path(),
          UploadNotice.deliverTo(weft.vertx().eventBus(), weft.sessionMetrics()), weft.uploadHome())
          .idleTimeout(weft.config().uploadIdleTimeout()));
      router.route(mount.endpoint(Downloads.ENDPOINT) + "/:token")
          .handler(DownloadEndpoint.create(weft.downloads(), mount.path(), weft.downloadHome()));
      router.route(mount.endpoint("oauth_login"))
          .handler(OAuthLoginEndpoint.create(weft.oauthStates()));
      router.route(mount.endpoint("oauth_callback"))
          .handler(OAuthCallbackEndpoint.create(weft.oauthStates()));
      router.route(mount.path() + "*").handler(client);
    }
    return router;
  }
}
