package dev.weft.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A control's properties: a small array map with one dirty bit per property.
 *
 * <p>Controls have a handful of properties, so a linear search beats a hash map in both memory and
 * time. Every session holds a page of them, so the map is one array, name and value side by side
 * ({@code name0, value0, name1, value1, …}), made when the first property is set: a control left
 * at its defaults holds no array at all. A null value means "the default": it is left out of a
 * full render and sent as null in a patch, which tells the client to reset the property.
 *
 * <p>{@link Control} extends this class rather than holding one: a separate object per control
 * would cost its header and a reference in every control of every session (issue 15). The count
 * of properties is not kept either: names are never null, so the first null name ends them.
 * The methods' names say "prop" so they never clash with a control's own API.
 */
abstract class Props {

  private static final int MAX = 64; // one bit each in a long

  private Object[] slots; // name, value, name, value, …; null until the first property is set
  private long dirty;

  final Object prop(String name) {
    int i = indexOf(name);
    return i < 0 ? null : slots[2 * i + 1];
  }

  /** Stores a value; returns true (and marks it dirty) when it changed. */
  final boolean putProp(String name, Object value) {
    int i = indexOf(name);
    if (i < 0) {
      if (value == null) {
        return false;
      }
      i = append(name);
    } else if (Objects.equals(slots[2 * i + 1], value)) {
      return false;
    }
    slots[2 * i + 1] = value;
    dirty |= 1L << i;
    return true;
  }

  /**
   * Stores a value the client already shows: nothing to send back. Unless the app has changed the
   * property since the last update: the browser reported its value before that change could reach
   * it (a chat's submit handler clears the field; the change event that follows Enter arrives
   * while the handler runs), so the app's value, newer, is kept and will be sent.
   */
  final void putPropSilently(String name, Object value) {
    int i = indexOf(name);
    if (i < 0) {
      if (value == null) {
        return;
      }
      i = append(name);
    } else if ((dirty & (1L << i)) != 0) {
      return;
    }
    slots[2 * i + 1] = value;
  }

  final boolean propsDirty() {
    return dirty != 0;
  }

  /** The dirty properties with their current values, clearing the dirty bits. */
  final Map<String, Object> takeDirtyProps() {
    Map<String, Object> changed = new LinkedHashMap<>(Long.bitCount(dirty) * 2);
    int size = propsCount();
    for (int i = 0; i < size; i++) {
      if ((dirty & (1L << i)) != 0) {
        changed.put((String) slots[2 * i], slots[2 * i + 1]);
      }
    }
    dirty = 0;
    return changed;
  }

  final void clearDirtyProps() {
    dirty = 0;
  }

  /** The properties that differ from their defaults. */
  final Map<String, Object> propsMap() {
    int size = propsCount();
    Map<String, Object> map = new LinkedHashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      if (slots[2 * i + 1] != null) {
        map.put((String) slots[2 * i], slots[2 * i + 1]);
      }
    }
    return map;
  }

  /** How many slots the storage array has (0 when none is made yet); for tests. */
  final int propsCapacity() {
    return slots == null ? 0 : slots.length / 2;
  }

  /** Properties held: the slots up to the first null name (the array is filled in order). */
  private int propsCount() {
    Object[] s = slots;
    if (s == null) {
      return 0;
    }
    int n = 0;
    while (2 * n < s.length && s[2 * n] != null) {
      n++;
    }
    return n;
  }

  private int indexOf(String name) {
    int size = propsCount();
    for (int i = 0; i < size; i++) {
      if (slots[2 * i] == name) { // property names are compile-time constants: try identity first
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (slots[2 * i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private int append(String name) {
    int size = propsCount();
    if (size == MAX) {
      throw new IllegalStateException("a control cannot have more than " + MAX + " properties");
    }
    if (slots == null) {
      slots = new Object[2 * 2]; // most controls have one to three properties
    } else if (2 * size == slots.length) {
      // grow by one while small (2, 3, 4, 5, 6), then by half: what a session keeps matters more
      // than the few short copies made while its page is built
      slots = Arrays.copyOf(slots, 2 * (size < 6 ? size + 1 : size + size / 2));
    }
    slots[2 * size] = name;
    return size;
  }
}
