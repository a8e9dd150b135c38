package dev.weft.assets;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts Weft's security headers on every response, error pages and redirects included; the first
 * handler of Weft's router.
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} — a browser uses a file only as the type it was
 *       served as, so an uploaded text file is never run as a script;</li>
 *   <li>{@code Content-Security-Policy} — see {@link ContentSecurityPolicy};</li>
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin} — other sites learn the origin a
 *       link came from, never the app's paths and queries.</li>
 * </ul>
 *
 * No CORS header is ever set: Weft's files and endpoints are for its own pages.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {

  private final String policy;

  private SecurityHeaders(String frameAncestors) {
    this.policy = ContentSecurityPolicy.header(frameAncestors);
  }

  /**
   * The handler for a {@code frame-ancestors} value (as {@code http.frameAncestors}).
   *
   * @throws IllegalArgumentException when the value is not a list of CSP sources
   */
  public static SecurityHeaders create(String frameAncestors) {
    String problem = ContentSecurityPolicy.checkFrameAncestors(frameAncestors);
    if (problem != null) {
      throw new IllegalArgumentException("http.frameAncestors: " + problem);
    }
    return new SecurityHeaders(frameAncestors);
  }

  @Override
  public void handle(RoutingContext ctx) {
    MultiMap headers = ctx.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", policy);
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.next();
  }
}
