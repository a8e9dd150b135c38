package dev.weft.server;

import io.netty.util.NetUtil;
import io.vertx.core.MultiMap;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a reverse proxy says about the browser's request, from {@code Forwarded} (RFC 7239) and
 * {@code X-Forwarded-Proto}, {@code -Host}, {@code -Prefix} and {@code -For}: read only when
 * {@code http.trustProxy} is on, and every value checked, because whatever passes here ends up
 * in redirects, in the page's {@code <base href>} and in the WebSocket origin check. A value
 * that is missing or fails its check is null, and Weft falls back to what the connection itself
 * shows.
 *
 * <p>{@code Forwarded} wins over the {@code X-Forwarded-*} header of the same meaning: it is the
 * standard, and a proxy that bothers to send it means it. Of each header only the first element
 * counts, the one written by the proxy nearest the browser — which is why that proxy must set
 * these headers, never append to what the browser sent. {@code X-Forwarded-Port} and
 * {@code X-Forwarded-Ssl} are not read: a port belongs in the host, https in the proto.
 *
 * @param scheme {@code "http"} or {@code "https"}, or null
 * @param host the host the browser asked for, with its port if it named one, lower case, or null
 * @param prefix the path prefix the proxy removed before passing the request on, without a
 *     trailing slash ({@code "/weft"}); {@code ""} for none, or null
 * @param clientIp the browser's IP address, normalized as Java prints it, or null
 */
record ProxyHeaders(String scheme, String host, String prefix, String clientIp) {

  /** Nothing said, or nothing trusted. */
  static final ProxyHeaders NONE = new ProxyHeaders(null, null, null, null);

  /** The longest prefix accepted: a path prefix, not a place to smuggle a document. */
  static final int MAX_PREFIX_LENGTH = 256;

  private static final Pattern HOST = Pattern.compile(
      "(\\[[0-9a-f:.]+]|[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?\\.?)(?::([0-9]{1,5}))?");
  private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");

  /** Reads and checks the forwarding headers of a request. */
  static ProxyHeaders read(MultiMap headers) {
    Map<String, String> forwarded = ForwardedHeader.firstElement(headers.get("Forwarded"));
    if (forwarded == null) {
      forwarded = Map.of();
    }
    String scheme = first(scheme(forwarded.get("proto")), scheme(firstEntry(headers.get("X-Forwarded-Proto"))));
    String host = first(host(forwarded.get("host")), host(firstEntry(headers.get("X-Forwarded-Host"))));
    String ip = first(ip(forwarded.get("for")), ip(firstEntry(headers.get("X-Forwarded-For"))));
    String prefix = prefix(firstEntry(headers.get("X-Forwarded-Prefix")));
    return new ProxyHeaders(scheme, host, prefix, ip);
  }

  /** {@code http} or {@code https} (any case), lower-cased; anything else is null. */
  static String scheme(String value) {
    if (value == null) {
      return null;
    }
    String scheme = value.trim().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? scheme : null;
  }

  /**
   * A host as the browser's {@code Host} header would carry it: a DNS name, an IPv4 address or
   * a bracketed IPv6 address, with an optional port from 1 to 65535; lower-cased, or null.
   */
  static String host(String value) {
    if (value == null) {
      return null;
    }
    String host = value.trim().toLowerCase(Locale.ROOT);
    var m = HOST.matcher(host);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1).startsWith("[") && !NetUtil.isValidIpV6Address(m.group(1))) {
      return null;
    }
    if (m.group(2) != null) {
      int port = Integer.parseInt(m.group(2));
      if (port < 1 || port > 65_535) {
        return null;
      }
    }
    return host;
  }

  /**
   * A path prefix: starts with {@code /}, holds only letters, digits, {@code - . _ ~} and
   * slashes, no {@code ..}, no {@code //}, at most {@link #MAX_PREFIX_LENGTH} characters.
   * Returned without its trailing slash ({@code "/weft/"} → {@code "/weft"}, {@code "/"} →
   * {@code ""}); null when it breaks a rule. Percent-escapes are refused too: {@code %2e%2e} is
   * {@code ..} to a browser.
   */
  static String prefix(String value) {
    if (value == null) {
      return null;
    }
    String prefix = value.trim();
    if (prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH || prefix.contains("..")
        || prefix.contains("//") || !PREFIX.matcher(prefix).matches()) {
      return null;
    }
    return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  /**
   * An address from {@code Forwarded: for=} or {@code X-Forwarded-For}: {@code 192.0.2.43},
   * {@code 192.0.2.43:4711}, {@code 2001:db8::1}, {@code [2001:db8::1]:4711}. Obfuscated
   * identifiers ({@code _hidden}) and {@code unknown} say the proxy will not tell, and are null
   * like anything else that is not an IP address. Never a DNS lookup: only literals parse.
   */
  static String ip(String value) {
    if (value == null) {
      return null;
    }
    String node = value.trim();
    if (node.startsWith("[")) {
      int close = node.indexOf(']');
      if (close < 0 || !validPort(node.substring(close + 1))) {
        return null;
      }
      node = node.substring(1, close);
    } else if (node.indexOf(':') >= 0 && node.indexOf(':') == node.lastIndexOf(':')) {
      int colon = node.indexOf(':'); // IPv4 with a port
      if (!validPort(node.substring(colon))) {
        return null;
      }
      node = node.substring(0, colon);
    }
    InetAddress address = NetUtil.createInetAddressFromIpAddressString(node);
    return address == null ? null : address.getHostAddress();
  }

  /** Empty, or {@code :} and a port number. */
  private static boolean validPort(String rest) {
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.length() < 2 || rest.length() > 6 || rest.charAt(0) != ':') {
      return false;
    }
    for (int i = 1; i < rest.length(); i++) {
      if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(rest.substring(1)) <= 65_535;
  }

  /** The left-most entry of a comma-separated header, or null. */
  private static String firstEntry(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    return comma < 0 ? header : header.substring(0, comma);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
