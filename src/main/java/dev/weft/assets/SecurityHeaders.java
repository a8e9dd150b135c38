package dev.weft.assets;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
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

  // Pre-encoded names and values: they are written on every response.
  private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
  private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
  private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
  private static final CharSequence REFERRER = HttpHeaders.createOptimized("strict-origin-when-cross-origin");

  private final CharSequence policy;

  private SecurityHeaders(String frameAncestors) {
    this.policy = HttpHeaders.createOptimized(ContentSecurityPolicy.header(frameAncestors));
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
    apply(ctx.response().headers());
    ctx.next();
  }

  /** Sets the headers on a response about to be written. */
  public void apply(MultiMap headers) {
    headers.set(NOSNIFF_NAME, NOSNIFF);
    headers.set(CSP_NAME, policy);
    headers.set(REFERRER_NAME, REFERRER);
  }
}
