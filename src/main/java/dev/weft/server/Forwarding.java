package dev.weft.server;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * How a request looks from the browser's side, which differs from what the server sees when a
 * reverse proxy or a host router sits in front: the scheme and host the browser used, the path
 * prefix a proxy removed, the router's mount point, and the browser's own address.
 *
 * <p>Proxy headers count only when {@link #handler(boolean)} said to trust them for this request:
 * Weft's router installs it first, from {@code http.trustProxy}. Weft reads them itself rather
 * than through vertx-web's {@code Router.allowForward}, which applies only when set on the root
 * router (so not when a host mounts Weft's router as a sub-router), knows no
 * {@code X-Forwarded-Prefix}, and passes on values unchecked. Without the handler, as for a
 * Weft endpoint used on its own, Weft believes no proxy header (a host router's own
 * {@code allowForward} still shapes the scheme and address the request reports; see
 * {@link #trust}).
 *
 * <p>These are the routing-context forms; the rules themselves are {@link BrowserRequest}'s,
 * which also reads upgrades that never enter the router ({@link UpgradeShortcut}).
 */
public final class Forwarding {

  /** Routing-context key: the request as the browser made it ({@link BrowserRequest}). */
  private static final String BROWSER = "weft.browserRequest";

  private Forwarding() {
  }

  /**
   * The first handler of Weft's router: marks whether this request's proxy headers are to be
   * believed. Only behind a proxy that sets (not appends to) {@code Forwarded} and
   * {@code X-Forwarded-*} may this be true: otherwise any browser could claim any address.
   */
  public static Handler<RoutingContext> handler(boolean trustProxy) {
    return ctx -> {
      trust(ctx, trustProxy);
      ctx.next();
    };
  }

  /**
   * Says whether this request's proxy headers are to be believed, for a Weft handler used on its
   * own (outside Weft's router): call it before the handler with {@code http.trustProxy}.
   */
  public static void trust(RoutingContext ctx, boolean trustProxy) {
    ctx.put(BROWSER, new BrowserRequest(ctx.request(), trustProxy, mountPrefix(ctx)));
  }

  /**
   * The request as the browser made it, seen from the router the context is in now; trusting no
   * proxy unless {@link #trust} said so.
   */
  static BrowserRequest browser(RoutingContext ctx) {
    String mountPoint = mountPrefix(ctx);
    BrowserRequest known = ctx.get(BROWSER);
    if (known == null) {
      known = new BrowserRequest(ctx.request(), false, mountPoint);
      ctx.put(BROWSER, known);
    } else if (!known.mountPoint().equals(mountPoint)) {
      known = known.at(mountPoint); // a host routed it on after Weft's router, or into another
      ctx.put(BROWSER, known);
    }
    return known;
  }

  /** The scheme the browser used: {@code http} or {@code https}. */
  public static String scheme(RoutingContext ctx) {
    return browser(ctx).scheme();
  }

  /** The host (and port, if not the default) the browser asked for, or null when unknown. */
  public static String host(RoutingContext ctx) {
    return browser(ctx).host();
  }

  /** The app's origin as the browser sees it, {@code https://example.com}; null without a host. */
  public static String origin(RoutingContext ctx) {
    return browser(ctx).origin();
  }

  /** The browser's IP address: a trusted proxy's word for it, else the connection's peer. */
  public static String clientIp(RoutingContext ctx) {
    return browser(ctx).clientIp();
  }

  /**
   * The path prefix a trusted proxy removed ({@code X-Forwarded-Prefix: /weft}), without a
   * trailing slash; {@code ""} when none.
   */
  public static String prefix(RoutingContext ctx) {
    return browser(ctx).prefix();
  }

  /**
   * The request's path below the router's mount point: what Weft's routes match, whether its
   * router serves a server directly or is mounted in a host's router at {@code /weft-app}.
   */
  public static String relativePath(RoutingContext ctx) {
    return browser(ctx).relative(ctx.normalizedPath());
  }

  /**
   * The app's base path as the browser sees it: the prefix a trusted proxy removed, plus the
   * router's mount point (when Weft's router is mounted as a sub-router of a host's), plus the
   * app's mount path. Always starts and ends with {@code /}: {@code /weft/sub-app/}.
   */
  public static String base(RoutingContext ctx, String mountPath) {
    return browser(ctx).base(mountPath);
  }

  /** The router's mount point without its trailing slash; {@code ""} at the root. */
  private static String mountPrefix(RoutingContext ctx) {
    String mountPoint = ctx.mountPoint();
    if (mountPoint == null || mountPoint.isEmpty() || mountPoint.equals("/")) {
      return "";
    }
    return mountPoint.endsWith("/") ? mountPoint.substring(0, mountPoint.length() - 1) : mountPoint;
  }
}
