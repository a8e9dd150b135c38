package dev.weft.ui.controls;

/**
 * The {@code selectedIndex} of a control choosing one of several items (navigation bar, rail,
 * tabs): checks an index the app sets, and one the browser reports in a {@code change} event.
 */
final class SelectedIndex {

  private SelectedIndex() {
  }

  /** The index to store for the app's {@code index}: null for the default 0. */
  static Integer wire(int index, String control) {
    if (index < 0) {
      throw new IllegalArgumentException("the selected index of a " + control + " cannot be negative: " + index);
    }
    return index == 0 ? null : index;
  }

  /** The stored index, 0 by default. */
  static int read(Object wire) {
    return wire == null ? 0 : (Integer) wire;
  }

  /**
   * Why the browser's {@code data} is not an index among {@code count} items of a {@code control},
   * or null when it is one.
   */
  static String refusal(Object data, int count, String control, String items) {
    if (!(data instanceof Integer || data instanceof Long)) {
      return "the data of change on a " + control + " must be the selected index, a whole number, not "
          + (data == null ? "null" : data.getClass().getSimpleName() + " " + data);
    }
    long index = ((Number) data).longValue();
    if (index < 0 || index >= count) {
      return "index " + index + " is out of range: the " + control + " has " + count + " " + items;
    }
    return null;
  }
}
