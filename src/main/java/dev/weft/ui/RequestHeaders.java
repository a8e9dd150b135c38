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
 */
public final class RequestHeaders {

  private static final RequestHeaders NONE = new RequestHeaders(Map.of());

  /** Lower-cased name → the values, in arrival order; the first spelling of the name is kept. */
  private final Map<String, List<String>> byName;
  private final Map<String, String> spelling;

  private RequestHeaders(Map<String, List<String>> values) {
    Map<String, List<String>> lower = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    values.forEach((name, list) -> {
      String key = name.toLowerCase(Locale.ROOT);
      names.putIfAbsent(key, name);
      lower.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list);
    });
    lower.replaceAll((k, list) -> List.copyOf(list));
    this.byName = Collections.unmodifiableMap(lower);
    this.spelling = Collections.unmodifiableMap(names);
  }

  /** No headers: a page not shown by a browser (tests). */
  public static RequestHeaders none() {
    return NONE;
  }

  /** Headers from name → values; names differing only in case are merged. */
  public static RequestHeaders of(Map<String, ? extends List<String>> values) {
    return values.isEmpty() ? NONE : new RequestHeaders(new LinkedHashMap<>(values));
  }

  /** Headers from (name, value) pairs in arrival order, as a server reads them. */
  public static RequestHeaders of(Iterable<Map.Entry<String, String>> entries) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    return values.isEmpty() ? NONE : new RequestHeaders(values);
  }

  /** The first value of a header, or null when the request had none. */
  public String get(String name) {
    List<String> values = byName.get(name.toLowerCase(Locale.ROOT));
    return values == null ? null : values.get(0);
  }

  /** Every value of a header (a header may be repeated), or an empty list. */
  public List<String> all(String name) {
    return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean contains(String name) {
    return byName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** The header names, spelled as they first arrived. */
  public Set<String> names() {
    return Set.copyOf(spelling.values());
  }

  /** Name (as it first arrived) → values: for logging, or to carry the headers elsewhere. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    byName.forEach((key, values) -> map.put(spelling.get(key), values));
    return Collections.unmodifiableMap(map);
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestHeaders other && byName.equals(other.byName);
  }

  @Override
  public int hashCode() {
    return byName.hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
