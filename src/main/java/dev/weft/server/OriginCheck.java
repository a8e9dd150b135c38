package dev.weft.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which pages may open a WebSocket: the app's own origin, and the origins {@code
 * http.allowedOrigins} names. Browsers send {@code Origin} with every WebSocket upgrade and a
 * page cannot forge it, so this is what stops another site from opening sessions in the user's
 * name (WebSockets are not bound by the same-origin policy). Programs send no {@code Origin} and
 * are let through: they could send any value anyway.
 *
 * <p>Origins are compared as RFC 6454 says, not as strings: scheme and host ignore case, and a
 * default port ({@code :80} for http, {@code :443} for https) is the same as none.
 */
final class OriginCheck {

  /** Scheme, then a bracketed IPv6 address or a name (a trailing dot allowed), then a port. */
  private static final Pattern ORIGIN = Pattern.compile("([a-z][a-z0-9+.-]*)://"
      + "(\\[[0-9a-f:.]+]|[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?\\.?)(?::([0-9]{1,5}))?/?");

  private final Set<String> allowed = new LinkedHashSet<>();

  /**
   * @param allowedOrigins origins allowed besides the page's own, like {@code https://example.com}
   * @throws IllegalArgumentException when one is not an origin
   */
  OriginCheck(List<String> allowedOrigins) {
    for (String origin : allowedOrigins) {
      String normal = normalize(origin);
      if (normal == null) {
        throw new IllegalArgumentException(problem(origin));
      }
      allowed.add(normal);
    }
  }

  /**
   * Whether a WebSocket upgrade may proceed.
   *
   * @param origin the request's {@code Origin} header, or null when it sent none
   * @param sameOrigin the app's own origin as the browser sees it ({@link Forwarding#origin})
   */
  boolean allows(String origin, String sameOrigin) {
    if (origin == null) {
      return true;
    }
    String normal = normalize(origin);
    return normal != null && (normal.equals(normalize(sameOrigin)) || allowed.contains(normal));
  }

  /**
   * {@code scheme://host[:port]} lower-cased, the scheme's default port dropped; null for
   * anything else ({@code null} — the opaque origin of sandboxed pages —, a path, user info).
   * A single trailing slash is tolerated, as people paste origins from the address bar.
   */
  static String normalize(String origin) {
    if (origin == null) {
      return null;
    }
    Matcher m = ORIGIN.matcher(origin.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    String scheme = m.group(1);
    String port = m.group(3);
    if (port != null) {
      int number = Integer.parseInt(port);
      if (number < 1 || number > 65_535) {
        return null;
      }
      if ((scheme.equals("http") && number == 80) || (scheme.equals("https") && number == 443)) {
        port = null;
      }
    }
    return scheme + "://" + m.group(2) + (port == null ? "" : ":" + Integer.parseInt(port));
  }

  /** Why a configured origin is refused, for the configuration error. */
  static String problem(String origin) {
    return "\"" + origin + "\" is not an origin: write scheme, host and port only, like "
        + "https://example.com or http://localhost:8080";
  }
}
