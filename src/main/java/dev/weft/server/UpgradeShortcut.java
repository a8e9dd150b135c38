package dev.weft.server;

import dev.weft.Weft;
import dev.weft.assets.SecurityHeaders;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * The request handler of Weft's own server ({@link WeftVerticle}): a WebSocket upgrade that a
 * mount's {@code <mount>ws} will accept goes straight to its {@link WebSocketEndpoint}; every other
 * request goes to Weft's router. Every session open is such an upgrade, and the router in front of
 * it — a routing context, the front door, the walk to the route — was about 13% of an open's CPU
 * (bench/run.sh --profile), where the raw Vert.x echo upgrades straight from its server.
 *
 * <p>It takes only what the router would have upgraded, and upgrades it the same way: the path is
 * exactly an endpoint's (anything else, not normalized, say, is the router's to match), the
 * request is an HTTP/1.1 {@code GET} asking for a WebSocket, and {@link WebSocketEndpoint#admits}
 * it — origin and proxy headers read by {@link BrowserRequest} with {@code http.trustProxy}, as the
 * router's {@link Forwarding} reads them. Whatever the endpoint would refuse (a foreign origin:
 * 403; no upgrade: 426) goes through the router, so refusals keep their texts and security
 * headers. The 101 carries the same security headers as through the router.
 *
 * <p>A host that mounts Weft's router in its own server does not have it: its upgrades go through
 * its router and Weft's, as before.
 */
final class UpgradeShortcut implements Handler<HttpServerRequest> {

  /** The endpoints by their exact path (a {@code HashMap}: a request's path may be null). */
  private final Map<String, WebSocketEndpoint> endpoints = new HashMap<>();
  private final Handler<HttpServerRequest> router;
  private final Vertx vertx;
  private final boolean trustProxy;
  private final SecurityHeaders headers;

  private UpgradeShortcut(Weft weft) {
    this.router = weft.router();
    this.vertx = weft.vertx();
    this.trustProxy = weft.config().trustProxy();
    this.headers = SecurityHeaders.create(weft.config().frameAncestors());
    OriginCheck origins = new OriginCheck(weft.config().allowedOrigins());
    for (AppMount mount : weft.mounts()) {
      WebSocketEndpoint endpoint = WebSocketEndpoint.of(weft, mount, origins);
      endpoints.put(endpoint.path(), endpoint);
    }
    if (weft.metrics() != null) {
      endpoints.remove(weft.config().metricsPath()); // the router serves metrics before any socket
    }
  }

  /** The request handler for a server serving {@code weft} alone, at its root. */
  static UpgradeShortcut of(Weft weft) {
    return new UpgradeShortcut(weft);
  }

  @Override
  public void handle(HttpServerRequest request) {
    WebSocketEndpoint endpoint = endpoints.get(request.path());
    if (endpoint != null && request.canUpgradeToWebSocket()) {
      BrowserRequest browser = new BrowserRequest(request, trustProxy, "");
      if (endpoint.admits(browser)) {
        headers.apply(request.response().headers());
        endpoint.upgrade(browser, vertx);
        return;
      }
    }
    router.handle(request);
  }
}
