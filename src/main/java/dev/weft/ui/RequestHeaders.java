package dev.weft.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headers of the request that opened a page's WebSocket: what the browser sent when the page
 * connected (language, cookies, anything a proxy added). Immutable; names are looked up
 * ignoring case, as HTTP requires, and keep the spelling they arrived with.
 *
 * <pre>{@code
 * String language = page.client().headers().get("accept-language");
 * }</pre>
 *
 * <p>Every session keeps one, so it is stored flat — name, value, name, value, in arrival order,
 * sharing the strings the server already holds — rather than as maps: a request has a dozen
 * headers, and a linear scan of a dozen beats hashing in both memory and time.
 */
public final class RequestHeaders {

  private static final RequestHeaders NONE = new RequestHeaders(new String[0]);

  private final String[] pairs; // name, value, name, value, …

  private RequestHeaders(String[] pairs) {
    this.pairs = pairs;
  }

  /** No headers: a page not shown by a browser (tests). */
  public static RequestHeaders none() {
    return NONE;
  }

  /** Headers from name → values; names differing only in case are kept together. */
  public static RequestHeaders of(Map<String, ? extends List<String>> values) {
    List<String> flat = new ArrayList<>();
    values.forEach((name, list) -> list.forEach(value -> {
      flat.add(name);
      flat.add(value);
    }));
    return flat.isEmpty() ? NONE : new RequestHeaders(flat.toArray(String[]::new));
  }

  /** Headers from (name, value) pairs in arrival order, as a server reads them. */
  public static RequestHeaders of(Iterable<Map.Entry<String, String>> entries) {
    List<String> flat = new ArrayList<>();
    for (Map.Entry<String, String> e : entries) {
      flat.add(e.getKey());
      flat.add(e.getValue());
    }
    return flat.isEmpty() ? NONE : new RequestHeaders(flat.toArray(String[]::new));
  }

  /** The first value of a header, or null when the request had none. */
  public String get(String name) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equalsIgnoreCase(name)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  /** Every value of a header (a header may be repeated), or an empty list. */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>(1);
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equalsIgnoreCase(name)) {
        values.add(pairs[i + 1]);
      }
    }
    return Collections.unmodifiableList(values);
  }

  public boolean contains(String name) {
    return get(name) != null;
  }

  /** The header names, spelled as they first arrived. */
  public Set<String> names() {
    return Collections.unmodifiableSet(asMap().keySet());
  }

  /** Name (as it first arrived) → values: for logging, or to carry the headers elsewhere. */
  public Map<String, List<String>> asMap() {
    Map<String, String> spelling = new LinkedHashMap<>(); // lower-case name → first spelling
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String arrived = pairs[i];
      String name = spelling.computeIfAbsent(arrived.toLowerCase(Locale.ROOT), k -> arrived);
      map.computeIfAbsent(name, k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  public boolean isEmpty() {
    return pairs.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestHeaders other && lowered().equals(other.lowered());
  }

  @Override
  public int hashCode() {
    return lowered().hashCode();
  }

  private Map<String, List<String>> lowered() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.computeIfAbsent(pairs[i].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(pairs[i + 1]);
    }
    return map;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
