package dev.weft.ui;

import java.util.function.Consumer;

/**
 * A page's controls by id: an open-addressing hash map from {@code int} to control.
 *
 * <p>Every session holds one, so it avoids {@code HashMap<Integer, …>}'s boxed keys and entry
 * objects: two arrays, linear probing, and backward-shift deletion (no tombstones, so a page that
 * adds and removes controls for hours keeps short probe runs). Guarded by the page's lock.
 */
final class ControlIndex {

  private static final int EMPTY = -1; // ids are never negative

  private int[] keys = newKeys(8);
  private Control<?>[] values = new Control<?>[8];
  private int size;

  void put(int id, Control<?> control) {
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
    int mask = keys.length - 1;
    for (int i = slot(id, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[i] == id) {
        return values[i];
      }
    }
    return null;
  }

  void remove(int id) {
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
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(values[i]);
      }
    }
  }

  private void resize(int capacity) {
    int[] oldKeys = keys;
    Control<?>[] oldValues = values;
    keys = newKeys(capacity);
    values = new Control<?>[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
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
