package dev.weft.server;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /sub-app} → {@code /sub-app/}: an app's bare path redirects to its base, so relative URLs
 * in its page resolve under it. (Flet sends the bare path to the root app instead.) The target is
 * the base as the browser sees it ({@link Forwarding#base}): behind a trusted proxy that serves
 * Weft under {@code /weft/}, {@code /weft/sub-app} goes to {@code /weft/sub-app/}. The
 * {@code Location} is a path without scheme and host, so it is right whatever name the browser
 * used, and the query is kept.
 */
final class SlashRedirect implements Handler<RoutingContext> {

  private final AppMount mount;
  private final String bare;

  SlashRedirect(AppMount mount) {
    this.mount = mount;
    this.bare = mount.path().substring(0, mount.path().length() - 1);
  }

  /** The bare path this redirect answers, e.g. {@code /sub-app}. */
  String bare() {
    return bare;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (!Forwarding.relativePath(ctx).equals(bare)) {
      ctx.next();
      return;
    }
    String query = ctx.request().query();
    ctx.redirect(Forwarding.base(ctx, mount.path()) + (query == null ? "" : "?" + query));
  }
}
