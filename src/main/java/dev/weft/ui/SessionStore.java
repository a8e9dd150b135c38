package dev.weft.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values the app keeps on the server for one session ({@code page.sessionStore()}), Flet's
 * {@code page.session}: never sent to the browser, gone when the session ends. Thread-safe; a
 * handler on any thread may read and write it. Keys are non-empty strings, values non-null (set
 * null to remove).
 */
public final class SessionStore {

  private final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();

  SessionStore() {
  }

  /** The value under {@code key}, or null. */
  public Object get(String key) {
    return values.get(requireKey(key));
  }

  /**
   * The value under {@code key} as a {@code type}, or {@code fallback} when there is none.
   *
   * @throws ClassCastException when the value is of another type, naming both
   */
  public <T> T get(String key, Class<T> type, T fallback) {
    Object value = values.get(requireKey(key));
    if (value == null) {
      return fallback;
    }
    if (!type.isInstance(value)) {
      throw new ClassCastException("session value \"" + key + "\" is a "
          + value.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(value);
  }

  /** Stores {@code value} under {@code key}; null removes the key. Returns this store. */
  public SessionStore set(String key, Object value) {
    if (value == null) {
      values.remove(requireKey(key));
    } else {
      values.put(requireKey(key), value);
    }
    return this;
  }

  /** Removes {@code key}; returns the value it had, or null. */
  public Object remove(String key) {
    return values.remove(requireKey(key));
  }

  public boolean containsKey(String key) {
    return values.containsKey(requireKey(key));
  }

  /** A snapshot of the keys, in no particular order. */
  public Set<String> keys() {
    return Set.copyOf(values.keySet());
  }

  public int size() {
    return values.size();
  }

  public void clear() {
    values.clear();
  }

  private static String requireKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("a session store key must be a non-empty string");
    }
    return key;
  }
}
