package dev.weft.server;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * One request as the browser made it, which differs from what the server sees when a reverse
 * proxy or a host router sits in front: the scheme and host the browser used, the path prefix a
 * proxy removed, the router's mount point, and the browser's own address. The rules are
 * {@link Forwarding}'s; this is them for one request, so that a request which never enters a
 * router — a WebSocket upgrade {@link UpgradeShortcut} takes — is read exactly as one that does.
 *
 * <p>A request's proxy headers are read, and checked, once: on first use.
 */
final class BrowserRequest {

  private final HttpServerRequest request;
  private final boolean trustProxy;
  private final String mountPoint;
  private ProxyHeaders proxy; // null until first read

  /**
   * @param trustProxy whether this request's proxy headers are to be believed
   *     ({@code http.trustProxy}, see {@link Forwarding#handler})
   * @param mountPoint the mount point of the router serving it, without its trailing slash;
   *     {@code ""} at the server's root
   */
  BrowserRequest(HttpServerRequest request, boolean trustProxy, String mountPoint) {
    this.request = request;
    this.trustProxy = trustProxy;
    this.mountPoint = mountPoint;
  }

  /** The same request seen from a router mounted elsewhere; its proxy headers are not read again. */
  BrowserRequest at(String otherMountPoint) {
    BrowserRequest moved = new BrowserRequest(request, trustProxy, otherMountPoint);
    moved.proxy = proxy;
    return moved;
  }

  HttpServerRequest request() {
    return request;
  }

  String mountPoint() {
    return mountPoint;
  }

  /** What a trusted proxy said, checked; {@link ProxyHeaders#NONE} when not trusted. */
  ProxyHeaders proxy() {
    if (proxy == null) {
      proxy = trustProxy ? ProxyHeaders.read(request.headers()) : ProxyHeaders.NONE;
    }
    return proxy;
  }

  /** The scheme the browser used: {@code http} or {@code https}. */
  String scheme() {
    String forwarded = proxy().scheme();
    if (forwarded != null) {
      return forwarded;
    }
    return request.isSSL() ? "https" : "http";
  }

  /** The host (and port, if not the default) the browser asked for, or null when unknown. */
  String host() {
    String forwarded = proxy().host();
    if (forwarded != null) {
      return forwarded;
    }
    String host = request.getHeader(HttpHeaders.HOST);
    if (host == null && request.authority() != null) {
      host = request.authority().toString();
    }
    return host;
  }

  /** The app's origin as the browser sees it, {@code https://example.com}; null without a host. */
  String origin() {
    String host = host();
    return host == null ? null : scheme() + "://" + host;
  }

  /** The browser's IP address: a trusted proxy's word for it, else the connection's peer. */
  String clientIp() {
    String forwarded = proxy().clientIp();
    if (forwarded != null) {
      return forwarded;
    }
    SocketAddress peer = request.remoteAddress();
    return peer == null ? null : peer.hostAddress();
  }

  /**
   * The path prefix a trusted proxy removed ({@code X-Forwarded-Prefix: /weft}), without a
   * trailing slash; {@code ""} when none.
   */
  String prefix() {
    String prefix = proxy().prefix();
    return prefix == null ? "" : prefix;
  }

  /**
   * A path below the server's root ({@code ctx.normalizedPath()} in a router) made relative to
   * the router's mount point: what Weft's routes match.
   */
  String relative(String path) {
    return !mountPoint.isEmpty() && path.startsWith(mountPoint) ? path.substring(mountPoint.length()) : path;
  }

  /**
   * The app's base path as the browser sees it: the proxy's prefix, the router's mount point and
   * the app's mount path ({@code /weft/sub-app/}).
   */
  String base(String mountPath) {
    return prefix() + mountPoint + mountPath;
  }

  /** The app's base path below the server's root, without a proxy's prefix. */
  String routerBase(String mountPath) {
    return mountPoint + mountPath;
  }
}
