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
 * <p>Every session keeps one, so it costs next to nothing: either a view of the headers the server
 * keeps for the connection anyway ({@link #view}), or — for headers that travelled, e.g. to a
 * session in another JVM — one flat array, name, value, name, value, in arrival order. A request
 * has a dozen headers; scanning a dozen beats hashing them, in memory and in time.
 */
public final class RequestHeaders {

  private static final RequestHeaders NONE = new RequestHeaders(new String[0], null);

  private final String[] pairs;                            // name, value, …; or null for a view
  private final Iterable<Map.Entry<String, String>> view;  // the server's own headers

  private RequestHeaders(String[] pairs, Iterable<Map.Entry<String, String>> view) {
    this.pairs = pairs;
    this.view = view;
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
    return flat.isEmpty() ? NONE : new RequestHeaders(flat.toArray(String[]::new), null);
  }

  /** Headers from (name, value) pairs in arrival order, copied. */
  public static RequestHeaders of(Iterable<Map.Entry<String, String>> entries) {
    List<String> flat = new ArrayList<>();
    for (Map.Entry<String, String> e : entries) {
      flat.add(e.getKey());
      flat.add(e.getValue());
    }
    return flat.isEmpty() ? NONE : new RequestHeaders(flat.toArray(String[]::new), null);
  }

  /**
   * A view of headers the server keeps anyway (a connection's request headers), read on demand
   * instead of copied. The source must not change afterwards.
   */
  public static RequestHeaders view(Iterable<Map.Entry<String, String>> entries) {
    return new RequestHeaders(null, entries);
  }

  /** Calls {@code visit} with each (name, value) in arrival order until it returns false. */
  private void scan(java.util.function.BiPredicate<String, String> visit) {
    if (pairs != null) {
      for (int i = 0; i < pairs.length; i += 2) {
        if (!visit.test(pairs[i], pairs[i + 1])) {
          return;
        }
      }
    } else {
      for (Map.Entry<String, String> e : view) {
        if (!visit.test(e.getKey(), e.getValue())) {
          return;
        }
      }
    }
  }

  /** The first value of a header, or null when the request had none. */
  public String get(String name) {
    String[] found = {null};
    scan((n, v) -> {
      if (n.equalsIgnoreCase(name)) {
        found[0] = v;
        return false;
      }
      return true;
    });
    return found[0];
  }

  /** Every value of a header (a header may be repeated), or an empty list. */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>(1);
    scan((n, v) -> {
      if (n.equalsIgnoreCase(name)) {
        values.add(v);
      }
      return true;
    });
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
    scan((arrived, value) -> {
      String name = spelling.computeIfAbsent(arrived.toLowerCase(Locale.ROOT), k -> arrived);
      map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return true;
    });
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  public boolean isEmpty() {
    boolean[] any = {false};
    scan((n, v) -> {
      any[0] = true;
      return false;
    });
    return !any[0];
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
    scan((n, v) -> {
      map.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(v);
      return true;
    });
    return map;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
