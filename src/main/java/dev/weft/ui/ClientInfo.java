package dev.weft.ui;

import java.util.List;
import java.util.Map;

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
