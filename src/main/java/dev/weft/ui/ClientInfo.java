package dev.weft.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the server knows of the browser showing a page: where the page is (its route), the
 * viewport, and the request that opened the page's WebSocket — the client's address, its headers
 * and cookies. Behind a reverse proxy that Weft trusts ({@code http.trustProxy}) the address is the
 * browser's, read from {@code Forwarded} or {@code X-Forwarded-For}, not the proxy's.
 *
 * <p>It describes the current connection: after a reconnect (a new network, say) the page gets a
 * fresh one.
 *
 * @param route the page's route below the app's base, with its query: {@code "/orders/7?tab=2"},
 *     as the browser reported it when it connected; {@link Page#route()} follows later changes
 * @param width the viewport's width in CSS pixels
 * @param height the viewport's height in CSS pixels
 * @param dark whether the browser prefers a dark colour scheme
 * @param clientIp the browser's IP address, or null when unknown
 * @param headers the headers of the WebSocket upgrade request
 * @param appUrl the app's public base URL as the browser sees it, absolute and ending in
 *     {@code /} ({@code https://example.com/apps/orders/}): behind a trusted proxy with its scheme,
 *     host and path prefix, or {@code http.publicUrl}'s; null when unknown (no {@code Host})
 */
public record ClientInfo(String route, int width, int height, boolean dark, String clientIp,
                         RequestHeaders headers, String appUrl) {

  public ClientInfo {
    route = route == null || route.isEmpty() || route.equals("/") ? "/" : route; // one "/" for all
    headers = headers == null ? RequestHeaders.none() : headers;
    appUrl = sharedUrl(appUrl);
  }

  /**
   * Distinct app URLs shared, past which a new one is kept as it came; URLs longer than
   * {@link #MAX_SHARED_LENGTH} are never shared. The URL comes from the request's {@code Host}
   * (or a trusted proxy's headers), so clients can make up new ones: the bounds keep the shared
   * set small whatever they send.
   */
  static final int MAX_SHARED_URLS = 256;
  static final int MAX_SHARED_LENGTH = 512;
  private static final ConcurrentHashMap<String, String> APP_URLS = new ConcurrentHashMap<>();

  /**
   * One instance of each app URL for all sessions: a server has a handful (one per mount and host
   * name it is reached by), and each session would otherwise keep a copy of its own for hours.
   */
  private static String sharedUrl(String url) {
    if (url == null || url.length() > MAX_SHARED_LENGTH) {
      return url;
    }
    String shared = APP_URLS.get(url);
    if (shared != null) {
      return shared;
    }
    if (APP_URLS.size() >= MAX_SHARED_URLS) {
      return url;
    }
    shared = APP_URLS.putIfAbsent(url, url);
    return shared == null ? url : shared;
  }

  /** A client whose app URL is unknown. */
  public ClientInfo(String route, int width, int height, boolean dark, String clientIp,
                    RequestHeaders headers) {
    this(route, width, height, dark, clientIp, headers, null);
  }

  /** For pages that are not shown anywhere yet (tests). */
  public static ClientInfo none() {
    return new ClientInfo("/", 0, 0, false, null, RequestHeaders.none());
  }

  /** The route without its query: {@code "/orders/7"}. */
  public String path() {
    return Route.parse(route).path();
  }

  /** The route's query without {@code ?}, undecoded: {@code "tab=2&q=a+b"}, or {@code ""}. */
  public String query() {
    return Route.parse(route).query();
  }

  /** The first value of a query parameter, decoded ({@code "a b"} for {@code q=a+b}), or null. */
  public String queryParam(String name) {
    List<String> values = queryParams().get(name);
    return values == null ? null : values.get(0);
  }

  /** Every query parameter, decoded, with all its values in order. */
  public Map<String, List<String>> queryParams() {
    return Route.parse(route).params();
  }

  /** The browser's {@code User-Agent} header, or null. */
  public String userAgent() {
    return headers.get("User-Agent");
  }

  /** One header of the WebSocket upgrade request (first value, any case), or null. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The cookies the browser sent with the WebSocket upgrade: name → value, undecoded. */
  public Map<String, String> cookies() {
    return Cookies.parse(headers.all("Cookie"));
  }

  /** One cookie's value, or null. */
  public String cookie(String name) {
    return cookies().get(name);
  }
}
