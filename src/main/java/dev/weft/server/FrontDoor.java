package dev.weft.server;

import dev.weft.assets.SecurityHeaders;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * What every request to Weft's router goes through first, as one handler (one route visited
 * instead of three, on the path every session open takes): the security headers, the decision
 * whether to believe proxy headers, and the redirect of a host's bare mount point.
 */
final class FrontDoor implements Handler<RoutingContext> {

  private final SecurityHeaders headers;
  private final boolean trustProxy;
  private final MountPointRedirect mountPoint = new MountPointRedirect();

  FrontDoor(SecurityHeaders headers, boolean trustProxy) {
    this.headers = headers;
    this.trustProxy = trustProxy;
  }

  @Override
  public void handle(RoutingContext ctx) {
    headers.apply(ctx.response().headers());
    Forwarding.trust(ctx, trustProxy);
    mountPoint.handle(ctx); // redirects, or passes the request on
  }
}
