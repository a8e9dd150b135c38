package dev.weft.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code Cookie} request header: {@code name=value} pairs separated by {@code ;}
 * (RFC 6265, section 4.2). Lenient the way servers must be with what browsers send: blank pairs
 * and pairs without a name are skipped, one pair of double quotes around a value is removed, and
 * values are left as sent (cookie values have no standard encoding, so decoding is the app's).
 * When a name appears twice the first wins: browsers list the cookie with the longer path first.
 */
final class Cookies {

  private Cookies() {
  }

  /** Name → value from every {@code Cookie} header of a request, in the order sent. */
  static Map<String, String> parse(List<String> cookieHeaders) {
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String header : cookieHeaders) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (!name.isEmpty()) {
          cookies.putIfAbsent(name, value);
        }
      }
    }
    return Collections.unmodifiableMap(cookies);
  }
}
