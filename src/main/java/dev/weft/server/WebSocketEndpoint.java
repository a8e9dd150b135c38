package dev.weft.server;

import dev.weft.protocol.Codec;
import dev.weft.session.Sessions;
import io.vertx.core.Handler;
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

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (!Forwarding.relativePath(ctx).equals(mount.endpoint("ws"))) {
      ctx.next();
      return;
    }
    if (!"websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
      ctx.response().putHeader(HttpHeaders.UPGRADE, "websocket");
      Responses.text(ctx, 426, "This is Weft's WebSocket endpoint: connect with a WebSocket upgrade");
      return;
    }
    if (!origins.allows(request.getHeader(HttpHeaders.ORIGIN), Forwarding.origin(ctx))) {
      Responses.text(ctx, 403, "Forbidden: WebSocket connections are accepted from this site only");
      return;
    }
    UpgradeRequest upgrade = UpgradeRequest.of(ctx, mount.path(), publicUrl);
    request.toWebSocket()
        .onSuccess(socket -> new Connection(socket, mount, sessions, codec, ctx.vertx(), limits,
            upgrade).start())
        .onFailure(t -> LOG.log(System.Logger.Level.DEBUG, "WebSocket upgrade failed", t));
  }
}
