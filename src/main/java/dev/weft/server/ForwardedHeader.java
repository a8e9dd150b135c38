package dev.weft.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the first element of an RFC 7239 {@code Forwarded} header:
 * {@code for=192.0.2.60;proto=https;host="example.com:8443", for=198.51.100.17} gives
 * {@code {for=192.0.2.60, proto=https, host=example.com:8443}}.
 *
 * <p>Only the first element counts: it is what the proxy closest to the browser wrote, and the
 * edge proxy Weft is told to trust must set the header itself rather than pass on one a browser
 * sent. Commas and semicolons inside quoted strings do not split anything, which a plain
 * {@code split(",")} (as vertx-web's parser does) gets wrong.
 *
 * <p>A malformed element (a pair without {@code =}, a bad parameter name, an unterminated quoted
 * string, a parameter given twice, a control character) yields null: a header Weft cannot read
 * exactly is a header it ignores. Values are checked by their users ({@link ProxyHeaders}), so
 * they are read leniently: an unquoted {@code for=192.0.2.43:4711} is accepted although the RFC
 * wants it quoted, because proxies send it so.
 */
final class ForwardedHeader {

  private ForwardedHeader() {
  }

  /**
   * The parameters of the header's first element, names lower-cased, values unquoted; null when
   * the element is malformed or the header is null.
   */
  static Map<String, String> firstElement(String header) {
    if (header == null) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    int i = 0;
    int n = header.length();
    while (true) {
      i = skipSpaces(header, i);
      if (i >= n || header.charAt(i) == ',') {
        break; // end of the first element
      }
      if (header.charAt(i) == ';') {
        i++; // an empty pair, allowed by the grammar
        continue;
      }
      int nameStart = i;
      while (i < n && isTokenChar(header.charAt(i))) {
        i++;
      }
      if (i == nameStart || i >= n || header.charAt(i) != '=') {
        return null;
      }
      String name = header.substring(nameStart, i).toLowerCase(Locale.ROOT);
      i++; // '='
      StringBuilder value = new StringBuilder();
      if (i < n && header.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = header.charAt(i++);
          if (c == '"') {
            closed = true;
            break;
          }
          if (c == '\\' && i < n) {
            c = header.charAt(i++);
          }
          if (isControl(c)) {
            return null;
          }
          value.append(c);
        }
        if (!closed) {
          return null;
        }
      } else {
        while (i < n && isValueChar(header.charAt(i))) {
          value.append(header.charAt(i++));
        }
        if (value.length() == 0) {
          return null;
        }
      }
      if (params.putIfAbsent(name, value.toString()) != null) {
        return null; // RFC 7239: a parameter must not occur twice in one element
      }
      i = skipSpaces(header, i);
      if (i < n && header.charAt(i) == ';') {
        i++;
      } else if (i < n && header.charAt(i) != ',') {
        return null; // something after a value that is neither ';' nor ','
      }
    }
    return Collections.unmodifiableMap(params);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** RFC 7230's tchar. */
  private static boolean isTokenChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
  }

  /** An unquoted value: visible ASCII but the delimiters. */
  private static boolean isValueChar(char c) {
    return c > 0x20 && c < 0x7f && c != ';' && c != ',' && c != '"';
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t') || c == 0x7f;
  }
}
