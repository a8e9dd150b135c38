package dev.weft.server;

import dev.weft.Weft;
import dev.weft.protocol.Codec;
import dev.weft.session.Sessions;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET <mount>ws}: upgrades to the WebSocket a browser session talks over. A browser's
 * upgrade is accepted only from the page's own origin (the scheme and host the browser used,
 * which behind a trusted proxy come from its {@code Forwarded} / {@code X-Forwarded-*} headers)
 * or an origin {@code http.allowedOrigins} names: anything else is refused with 403, so another
 * site cannot open a session in the user's name (see {@link OriginCheck}). Requests without
 * {@code Origin} come from programs, not browsers, and are let through. The browser's address,
 * the request's headers and the app's public URL are captured here, before the upgrade, for the
 * page.
 *
 * <p>On Weft's own server the upgrades it accepts do not come through the router at all:
 * {@link UpgradeShortcut} asks {@link #admits} and calls {@link #upgrade} itself, and leaves the
 * rest — refusals included — to the router and so to {@link #handle}.
 */
final class WebSocketEndpoint implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(WebSocketEndpoint.class.getName());

  private final AppMount mount;
  private final Sessions sessions;
  private final Codec codec;
  private final SocketLimits limits;
  private final OriginCheck origins;
  private final String publicUrl;

  /** @param publicUrl {@code http.publicUrl}: the server root's public URL, or empty */
  WebSocketEndpoint(AppMount mount, Sessions sessions, Codec codec, SocketLimits limits,
                    OriginCheck origins, String publicUrl) {
    this.mount = mount;
    this.sessions = sessions;
    this.codec = codec;
    this.limits = limits;
    this.origins = origins;
    this.publicUrl = publicUrl;
  }

  /** The endpoint of one of a Weft instance's mounts, checking origins with {@code origins}. */
  static WebSocketEndpoint of(Weft weft, AppMount mount, OriginCheck origins) {
    return new WebSocketEndpoint(mount, weft.sessions(), weft.codec(), SocketLimits.of(weft.config()),
        origins, weft.config().publicUrl());
  }

  /** This endpoint's path below the router's mount point: {@code <mount>ws}. */
  String path() {
    return mount.endpoint("ws");
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    BrowserRequest browser = Forwarding.browser(ctx);
    if (!browser.relative(ctx.normalizedPath()).equals(path())) {
      ctx.next();
      return;
    }
    if (!isWebSocket(request)) {
      ctx.response().putHeader(HttpHeaders.UPGRADE, "websocket");
      Responses.text(ctx, 426, "This is Weft's WebSocket endpoint: connect with a WebSocket upgrade");
      return;
    }
    if (!allowed(browser)) {
      Responses.text(ctx, 403, "Forbidden: WebSocket connections are accepted from this site only");
      return;
    }
    upgrade(browser, ctx.vertx());
  }

  /**
   * Whether {@link #handle} would upgrade this request (at this endpoint's path) rather than
   * refuse it: it asks for a WebSocket, from an origin allowed here.
   */
  boolean admits(BrowserRequest browser) {
    return isWebSocket(browser.request()) && allowed(browser);
  }

  /**
   * Captures what the request says of the browser and upgrades it; the socket becomes a
   * {@link Connection}. Call it from the request's handler, before it returns.
   */
  void upgrade(BrowserRequest browser, Vertx vertx) {
    UpgradeRequest upgrade = UpgradeRequest.of(browser, mount.path(), publicUrl);
    browser.request().toWebSocket()
        .onSuccess(socket -> {
          UpgradedIdleTimeout.remove(socket); // the pings guard it from here
          new Connection(socket, mount, sessions, codec, vertx, limits, upgrade).start();
        })
        .onFailure(t -> LOG.log(System.Logger.Level.DEBUG, "WebSocket upgrade failed", t));
  }

  private static boolean isWebSocket(HttpServerRequest request) {
    return "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
  }

  private boolean allowed(BrowserRequest browser) {
    return origins.allows(browser.request().getHeader(HttpHeaders.ORIGIN), browser.origin());
  }
}
