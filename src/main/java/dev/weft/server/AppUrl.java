package dev.weft.server;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The app's public base URL as the browser sees it, absolute and ending in {@code /}: what a
 * sign-in's redirect URI and return address are made of ({@code ClientInfo.appUrl}). It is read
 * from the WebSocket upgrade request — the scheme, host and path prefix a trusted proxy reports
 * ({@link Forwarding}), else the {@code Host} header — plus the router's mount point and the app's
 * mount path. {@code http.publicUrl}, the public URL of the server's root, replaces the scheme,
 * host and proxy prefix when set: for proxies that say nothing, or when the URL must not depend
 * on any request header.
 */
final class AppUrl {

  private AppUrl() {
  }

  /**
   * The app's base URL for a request, or null when the browser's host is unknown or malformed.
   *
   * @param publicUrl {@code http.publicUrl}, or null or empty to derive it from the request
   */
  static String of(BrowserRequest browser, String mountPath, String publicUrl) {
    if (publicUrl != null && !publicUrl.isEmpty()) {
      return withoutTrailingSlash(publicUrl) + browser.routerBase(mountPath);
    }
    String host = ProxyHeaders.host(browser.host()); // a raw Host header is checked here
    return host == null ? null : browser.scheme() + "://" + host + browser.base(mountPath);
  }

  /** What is wrong with an {@code http.publicUrl} value, or null when it is usable (or empty). */
  static String problem(String publicUrl) {
    if (publicUrl == null || publicUrl.isEmpty()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(publicUrl);
    } catch (URISyntaxException e) {
      return "not a URL: " + e.getMessage();
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      return "must start with http:// or https://, not \"" + publicUrl + "\"";
    }
    if (uri.getHost() == null) {
      return "names no host: \"" + publicUrl + "\"";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      return "must be a scheme, host, port and path only, not \"" + publicUrl + "\"";
    }
    return null;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
