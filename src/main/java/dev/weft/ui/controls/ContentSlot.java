package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * Child 0 as an optional slot (a dialog's or sheet's content, a container's only child): filled,
 * emptied or replaced in place, so the children after it keep their places.
 */
final class ContentSlot {

  private ContentSlot() {
  }

  /**
   * Puts {@code content} in slot 0 of {@code all}, or empties it for null.
   *
   * @param filled whether the slot holds a control now
   * @return whether it holds one afterwards
   */
  static boolean put(List<Control<?>> all, boolean filled, Control<?> content) {
    if (content == null) {
      if (filled) {
        all.remove(0);
      }
      return false;
    }
    if (filled) {
      all.set(0, content);
    } else {
      all.add(0, content);
    }
    return true;
  }

  /** The content of a control whose only child is its content (a container), or null. */
  static Control<?> sole(List<Control<?>> all) {
    return all.isEmpty() ? null : all.get(0);
  }

  /** Makes {@code content} the only child of such a control; null empties it. */
  static void putSole(List<Control<?>> all, Control<?> content) {
    put(all, !all.isEmpty(), content);
  }
}
