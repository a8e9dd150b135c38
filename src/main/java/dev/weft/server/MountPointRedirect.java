package dev.weft.server;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /weft-app} → {@code /weft-app/} when a host mounts Weft's router at {@code /weft-app/*}:
 * the host's route takes the bare path too, and below it nothing would match. As with a sub-app's
 * bare path, the page must load under its base, or its relative URLs resolve one level up.
 */
final class MountPointRedirect implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext ctx) {
    if (!Forwarding.relativePath(ctx).isEmpty()) {
      ctx.next();
      return;
    }
    String query = ctx.request().query();
    ctx.redirect(Forwarding.base(ctx, "/") + (query == null ? "" : "?" + query));
  }
}
