package dev.weft.assets;

import java.util.regex.Pattern;

/**
 * The Content-Security-Policy every Weft response carries. The browser client satisfies it as
 * shipped: its scripts are ES modules from the app's own origin (no inline script, no
 * {@code eval}), its styles come from {@code weft.css} and from {@code element.style} (which CSP
 * allows; a {@code style="…"} attribute in markup it would not), and its only connection is the
 * app's own WebSocket ({@code 'self'} covers {@code ws:} and {@code wss:} of the same host).
 * Images may come from anywhere on HTTPS, since apps show {@code Image("https://…")}.
 *
 * <p>{@code frame-ancestors} comes from {@code http.frameAncestors}: {@code 'self'} by default
 * (the app may frame itself, no other site may frame it, so it cannot be clickjacked);
 * {@code 'none'} forbids all framing; a list of origins lets those sites embed it.
 */
public final class ContentSecurityPolicy {

  /** One source of {@code frame-ancestors}: a keyword, a scheme, or a host with optional scheme, port and path. */
  private static final Pattern SOURCE = Pattern.compile(
      "'self'|'none'|[a-zA-Z][a-zA-Z0-9+.-]*:|([a-zA-Z][a-zA-Z0-9+.-]*://)?(\\*|(\\*\\.)?[a-zA-Z0-9.-]+)(:(\\*|[0-9]+))?(/[a-zA-Z0-9._~%!$&()*+=@/-]*)?");

  private ContentSecurityPolicy() {
  }

  /** The policy's header value. */
  public static String header(String frameAncestors) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors " + String.join(" ", frameAncestors.trim().split(" +"));
  }

  /**
   * Why a {@code http.frameAncestors} value cannot be used, or null when it can: it must be a
   * space-separated list of CSP sources ({@code 'none'} alone), so it can never smuggle another
   * directive (a {@code ;}) or a header break into the policy.
   */
  public static String checkFrameAncestors(String value) {
    if (!value.matches("[\\x20-\\x7e]+")) {
      return "must be printable ASCII on one line, like 'self' https://example.com";
    }
    String[] sources = value.trim().split(" +");
    for (String source : sources) {
      if (!SOURCE.matcher(source).matches()) {
        return "\"" + source + "\" is not a frame-ancestors source: use 'self', 'none', or origins "
            + "like https://example.com, separated by spaces";
      }
      if (source.equals("'none'") && sources.length > 1) {
        return "'none' cannot be combined with other sources";
      }
    }
    return null;
  }
}
