package dev.weft.server;

import io.vertx.ext.web.RoutingContext;

/**
 * How a request looks from the browser's side, which differs from what the server sees when a
 * reverse proxy or a host router sits in front: the path prefix the app is reached under.
 */
public final class Forwarding {

  private Forwarding() {
  }

  /**
   * The request's path below the router's mount point: what Weft's routes match, whether its
   * router serves a server directly or is mounted in a host's router at {@code /weft-app}.
   */
  public static String relativePath(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    String mountPoint = ctx.mountPoint();
    if (mountPoint == null || mountPoint.isEmpty() || mountPoint.equals("/")) {
      return path;
    }
    String prefix = mountPoint.endsWith("/") ? mountPoint.substring(0, mountPoint.length() - 1) : mountPoint;
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  /**
   * The app's base path as the browser sees it: the router's mount point (when Weft's router is
   * mounted as a sub-router of a host's) plus the app's mount path. Always ends with {@code /}.
   */
  public static String base(RoutingContext ctx, String mountPath) {
    String mountPoint = ctx.mountPoint();
    if (mountPoint == null || mountPoint.isEmpty() || mountPoint.equals("/")) {
      return mountPath;
    }
    String prefix = mountPoint.endsWith("/") ? mountPoint.substring(0, mountPoint.length() - 1) : mountPoint;
    return prefix + mountPath;
  }
}
