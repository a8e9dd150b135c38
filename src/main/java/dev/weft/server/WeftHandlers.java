package dev.weft.server;

import dev.weft.BeforeMain;
import dev.weft.assets.AppIdentity;
import dev.weft.assets.AssetSource;
import dev.weft.assets.ClientBundle;
import dev.weft.auth.OAuthCallbackEndpoint;
import dev.weft.auth.OAuthStates;
import dev.weft.download.DownloadEndpoint;
import dev.weft.download.Downloads;
import dev.weft.protocol.Codec;
import dev.weft.session.AppMain;
import dev.weft.session.BlockingHandoff;
import dev.weft.session.Sessions;
import dev.weft.session.UploadNotice;
import dev.weft.upload.UploadEndpoint;
import dev.weft.upload.UploadListener;
import dev.weft.upload.UploadStore;
import dev.weft.upload.UploadUrls;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;

/**
 * Weft's endpoints, each on its own, for a vertx-web router that is not Weft's: the app's
 * files, its WebSocket, uploads, downloads, and the OAuth callback. Each is an ordinary
 * {@code Handler<RoutingContext>}; put it on whatever route you like, next to your own.
 *
 * <pre>{@code
 * router.route("/chat/ws").handler(WeftHandlers.webSocket(vertx, "/chat/", new Chat(), null, handoff));
 * router.route("/chat/*").handler(WeftHandlers.staticFiles(vertx, "/chat/")); // after the socket
 * router.put("/files/upload").handler(WeftHandlers.upload(vertx, Path.of("files"), urls, listener));
 * router.route("/files/download/:token").handler(WeftHandlers.download(downloads, "/files/"));
 * router.get("/login/oauth_callback").handler(WeftHandlers.oauthCallback(states));
 * }</pre>
 *
 * <p>A "base" is the app's path in the router the handler is added to, starting and ending with
 * {@code /}: the index page's base href, the prefix of the WebSocket and upload URLs. Weft's own
 * router ({@code Weft.router()}) wires them all for every app, with its lifecycle; use these when
 * you want some of them, or want to wire them yourself. No {@code BodyHandler} may sit in front of
 * the WebSocket or upload routes: it breaks WebSocket upgrades and buffers uploads.
 */
public final class WeftHandlers {

  private WeftHandlers() {
  }

  /**
   * The browser client, its index page, Weft's web app files and an app's assets, with the SPA
   * rules (a path without an extension is the index page, a missing file is a 404), for requests
   * under {@code base}. Put {@code SecurityHeaders.create("'self'")} in front of it for the
   * Content-Security-Policy the client is built for.
   */
  public static Handler<RoutingContext> staticFiles(Vertx vertx, String base) {
    return staticFiles(vertx, base, AppIdentity.defaults(),
        AssetSource.resolve(WeftConfig.DEFAULT_ASSETS_DIR, true));
  }

  /** As {@link #staticFiles(Vertx, String)}, with the app's name and colours and its assets. */
  public static Handler<RoutingContext> staticFiles(Vertx vertx, String base, AppIdentity identity,
                                                    AssetSource assets) {
    AppMount files = new AppMount(base, null, identity, assets); // files need no app
    return ClientFiles.create(vertx, files, ClientBundle.load(vertx));
  }

  /**
   * The WebSocket browsers of one app connect to ({@code <base>ws}), with the default
   * configuration: each connection's {@code register} opens a session (or re-attaches one) that
   * runs {@code beforeMain} and then the app's {@code main}.
   *
   * @param base the app's base: serve this handler at {@code <base>ws}
   * @param app an {@code App} or {@code AsyncApp}
   * @param beforeMain runs before {@code main} in every new session (off the event loop), or null
   * @param handoff where blocking handlers run ({@code BlockingHandoff.create(vertx, "auto", 64)});
   *     the caller closes it after {@link WeftSocketHandler#close()}
   */
  public static WeftSocketHandler webSocket(Vertx vertx, String base, Object app,
                                            BeforeMain beforeMain, BlockingHandoff handoff) {
    return webSocket(vertx, WeftConfig.defaults(), base, app, beforeMain, handoff, null);
  }

  /**
   * As {@link #webSocket(Vertx, String, Object, BeforeMain, BlockingHandoff)}, with a
   * configuration (frame size, error budget, session timeout, allowed origins) and, so that pages
   * can hand out upload URLs, the key that signs them (null: pages take no uploads). Serve
   * {@link #upload(UploadStore, UploadUrls, String, UploadListener)} at {@code <base>upload} with
   * the same key, scope {@code base} and {@link #toSessions(Vertx)}.
   */
  public static WeftSocketHandler webSocket(Vertx vertx, WeftConfig config, String base, Object app,
                                            BeforeMain beforeMain, BlockingHandoff handoff,
                                            UploadUrls uploadUrls) {
    return webSocket(vertx, config, base, app, beforeMain, handoff, uploadUrls, null);
  }

  /**
   * As {@link #webSocket(Vertx, WeftConfig, String, Object, BeforeMain, BlockingHandoff, UploadUrls)},
   * and so that pages can have the browser save files ({@code page.download}), where they register
   * them (null: pages serve no downloads). Serve {@link #download(Downloads, String)} at
   * {@code <base>download/:token} with the same {@code downloads}.
   */
  public static WeftSocketHandler webSocket(Vertx vertx, WeftConfig config, String base, Object app,
                                            BeforeMain beforeMain, BlockingHandoff handoff,
                                            UploadUrls uploadUrls, Downloads downloads) {
    Codec codec = new Codec();
    Sessions sessions = new Sessions(vertx, handoff,
        config.sessionSettings(uploadUrls).withDownloads(downloads), codec);
    AppMount mount = new AppMount(base, AppMain.of(app, beforeMain), AppIdentity.defaults(), null);
    // sessions are not Vert.x deployments, so Vert.x closing would not end them by itself
    VertxCloseHook.register(vertx, sessions::closeAll);
    return new WeftSocketHandler(mount, sessions, codec, config);
  }

  /**
   * {@code GET}/{@code HEAD} of the one-time download URLs the pages of the app at {@code base}
   * were given: serve it at {@code <base>download/:token}. Make {@code downloads} with
   * {@code Downloads.create(vertx, config.downloadUrlTtl())}.
   */
  public static DownloadEndpoint download(Downloads downloads, String base) {
    return DownloadEndpoint.create(downloads, base, null);
  }

  /**
   * {@code PUT} uploads to URLs signed by {@code urls} with scope {@code /}, stored in
   * {@code dir/<session>/}; {@code listener} hears of each stored file.
   */
  public static UploadEndpoint upload(Vertx vertx, Path dir, UploadUrls urls, UploadListener listener) {
    return upload(UploadStore.create(vertx, dir), urls, "/", listener);
  }

  /**
   * {@code PUT} uploads to URLs signed by {@code urls} for {@code scope}, stored in
   * {@code store}; keep the store to clean it up ({@link UploadStore#removeStale}).
   */
  public static UploadEndpoint upload(UploadStore store, UploadUrls urls, String scope,
                                      UploadListener listener) {
    return UploadEndpoint.create(urls, store, scope, listener);
  }

  /** Hands stored files to the Weft sessions they were issued for, on whatever instance. */
  public static UploadListener toSessions(Vertx vertx) {
    return UploadNotice.deliverTo(vertx.eventBus());
  }

  /** The OAuth callback completing the sign-ins of {@code states}. */
  public static OAuthCallbackEndpoint oauthCallback(OAuthStates states) {
    return OAuthCallbackEndpoint.create(states);
  }
}
