package dev.weft.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's route as the browser reports it, {@code "/orders/7?tab=items"}, split into its path
 * and its query. The query is read as an HTML form encodes it ({@code +} is a space, {@code %xx}
 * are UTF-8 bytes); a malformed escape is kept as it is rather than failing the page.
 *
 * @param path the route without its query: {@code "/orders/7"}
 * @param query the query without {@code ?}, undecoded: {@code "tab=items"}, or {@code ""}
 */
record Route(String path, String query) {

  /** Splits a route at its first {@code ?}; a route of null is {@code "/"}. */
  static Route parse(String route) {
    if (route == null || route.isEmpty()) {
      return new Route("/", "");
    }
    int q = route.indexOf('?');
    return q < 0 ? new Route(route, "") : new Route(route.substring(0, q), route.substring(q + 1));
  }

  /** Parameter name → its values in order, decoded; a name without {@code =} has value "". */
  Map<String, List<String>> params() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    params.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(params);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
