package dev.weft.ui;

import java.util.function.Consumer;

/**
 * A page's controls by id: an open-addressing hash map from {@code int} to control.
 *
 * <p>Every session holds one, so it avoids {@code HashMap<Integer, …>}'s boxed keys and entry
 * objects: two arrays, linear probing, and backward-shift deletion (no tombstones, so a page that
 * adds and removes controls for hours keeps short probe runs). Guarded by the page's lock.
 *
 * <p>Most pages are small, and every session keeps one: up to {@value #SMALL} controls the index is
 * one array of just the controls, searched by their ids, without a key array (issue 15). Past
 * that it becomes the hash map, and stays one.
 */
final class ControlIndex {

  private static final int EMPTY = -1; // ids are never negative
  /** Controls held in the small form: one array, scanned; cheaper than hashing at this size. */
  static final int SMALL = 8;

  private int[] keys;          // null while small: values then holds the controls densely
  private Control<?>[] values = new Control<?>[2];
  private int size;

  /** Adds a control under its id (replacing any control of that id). */
  void put(Control<?> control) {
    int id = control.id;
    if (id < 0) {
      throw new IllegalArgumentException(control + " has no id: only a page's controls are indexed");
    }
    if (keys == null) {
      for (int i = 0; i < size; i++) {
        if (values[i].id == id) {
          values[i] = control;
          return;
        }
      }
      if (size < SMALL) {
        if (size == values.length) {
          values = java.util.Arrays.copyOf(values, size + 2); // 2, 4, 6, 8: what a page keeps fits
        }
        values[size++] = control;
        return;
      }
      Control<?>[] held = values;
      values = new Control<?>[4 * SMALL];
      keys = newKeys(4 * SMALL);
      size = 0;
      for (Control<?> c : held) {
        put(c);
      }
    }
    if ((size + 1) * 4 > keys.length * 3) {
      resize(keys.length * 2);
    }
    int mask = keys.length - 1;
    int i = slot(id, mask);
    while (keys[i] != EMPTY) {
      if (keys[i] == id) {
        values[i] = control;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = id;
    values[i] = control;
    size++;
  }

  Control<?> get(int id) {
    if (keys == null) {
      for (int i = 0; i < size; i++) {
        if (values[i].id == id) {
          return values[i];
        }
      }
      return null;
    }
    int mask = keys.length - 1;
    for (int i = slot(id, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[i] == id) {
        return values[i];
      }
    }
    return null;
  }

  void remove(int id) {
    if (keys == null) {
      for (int i = 0; i < size; i++) {
        if (values[i].id == id) {
          values[i] = values[--size]; // order does not matter: the hash map keeps none either
          values[size] = null;
          return;
        }
      }
      return;
    }
    int mask = keys.length - 1;
    int i = slot(id, mask);
    while (keys[i] != id) {
      if (keys[i] == EMPTY) {
        return;
      }
      i = (i + 1) & mask;
    }
    // shift back the entries that probed past the freed slot
    int free = i;
    for (int j = (free + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
      int home = slot(keys[j], mask);
      boolean movable = free <= j ? home <= free || home > j : home <= free && home > j;
      if (movable) {
        keys[free] = keys[j];
        values[free] = values[j];
        free = j;
      }
    }
    keys[free] = EMPTY;
    values[free] = null;
    size--;
  }

  int size() {
    return size;
  }

  void forEach(Consumer<Control<?>> action) {
    if (keys == null) {
      for (int i = 0; i < size; i++) {
        action.accept(values[i]);
      }
      return;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(values[i]);
      }
    }
  }

  /** Whether the index has become the hash map (past {@value #SMALL} controls); for tests. */
  boolean hashed() {
    return keys != null;
  }

  /** The length of the array holding the controls; for tests. */
  int capacity() {
    return values.length;
  }

  private void resize(int capacity) {
    int[] oldKeys = keys;
    Control<?>[] oldValues = values;
    keys = newKeys(capacity);
    values = new Control<?>[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldValues[i]);
      }
    }
  }

  private static int slot(int id, int mask) {
    int h = id * 0x9E3779B9; // spread sequential ids over the table
    return (h ^ (h >>> 16)) & mask;
  }

  private static int[] newKeys(int capacity) {
    int[] keys = new int[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    return keys;
  }
}
