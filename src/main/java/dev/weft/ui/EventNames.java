package dev.weft.ui;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code events} property's values, shared: every counter page's button listens to
 * {@code ["click"]}, and a list each would be one more object every idle session keeps. The
 * sets of names come from the controls' code ({@code onClick}, {@code onChange} …), so there are
 * few of them; past {@value #MAX_SHARED} distinct sets a new set is simply not shared.
 */
final class EventNames {

  static final int MAX_SHARED = 1024;
  private static final ConcurrentHashMap<List<String>, List<String>> SHARED = new ConcurrentHashMap<>();

  private EventNames() {
  }

  /** An immutable list of {@code names}, the same instance for the same names. */
  static List<String> of(String... names) {
    List<String> list = List.of(names);
    List<String> shared = SHARED.get(list);
    if (shared != null) {
      return shared;
    }
    if (SHARED.size() >= MAX_SHARED) {
      return list;
    }
    shared = SHARED.putIfAbsent(list, list);
    return shared == null ? list : shared;
  }
}
