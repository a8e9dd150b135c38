package dev.weft.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A control's properties: a small array map with one dirty bit per property.
 *
 * <p>Controls have a handful of properties, so parallel arrays and a linear search beat a hash
 * map in both memory and time. A null value means "the default": it is left out of a full render
 * and sent as null in a patch, which tells the client to reset the property.
 */
final class Props {

  private static final int MAX = 64; // one bit each in a long

  private String[] names = new String[2]; // most controls have one to three properties
  private Object[] values = new Object[2];
  private int size;
  private long dirty;

  Object get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** Stores a value; returns true (and marks it dirty) when it changed. */
  boolean put(String name, Object value) {
    int i = indexOf(name);
    if (i < 0) {
      if (value == null) {
        return false;
      }
      i = append(name);
    } else if (Objects.equals(values[i], value)) {
      return false;
    }
    values[i] = value;
    dirty |= 1L << i;
    return true;
  }

  /**
   * Stores a value the client already shows: nothing to send back. Unless the app has changed the
   * property since the last update: the browser reported its value before that change could reach
   * it (a chat's submit handler clears the field; the change event that follows Enter arrives
   * while the handler runs), so the app's value, newer, is kept and will be sent.
   */
  void putSilently(String name, Object value) {
    int i = indexOf(name);
    if (i < 0) {
      if (value == null) {
        return;
      }
      i = append(name);
    } else if ((dirty & (1L << i)) != 0) {
      return;
    }
    values[i] = value;
  }

  boolean isDirty() {
    return dirty != 0;
  }

  /** The dirty properties with their current values, clearing the dirty bits. */
  Map<String, Object> takeDirty() {
    Map<String, Object> changed = new LinkedHashMap<>(Long.bitCount(dirty) * 2);
    for (int i = 0; i < size; i++) {
      if ((dirty & (1L << i)) != 0) {
        changed.put(names[i], values[i]);
      }
    }
    dirty = 0;
    return changed;
  }

  void clearDirty() {
    dirty = 0;
  }

  /** The properties that differ from their defaults. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        map.put(names[i], values[i]);
      }
    }
    return map;
  }

  private int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i] == name) { // property names are compile-time constants: try identity first
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private int append(String name) {
    if (size == MAX) {
      throw new IllegalStateException("a control cannot have more than " + MAX + " properties");
    }
    if (size == names.length) {
      names = java.util.Arrays.copyOf(names, size * 2);
      values = java.util.Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    return size++;
  }
}
