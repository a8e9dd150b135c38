package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.AbstractList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The tail of a control's child list as a live list of its own: the actions of a dialog or
 * banner, which follow a content slot that may or may not be filled.
 */
final class ChildRange extends AbstractList<Control<?>> {

  private final List<Control<?>> all;
  private final IntSupplier offset;
  private final String what;

  /**
   * @param all the owner's whole child list
   * @param offset how many children come before the range, asked each time
   * @param what what one child is called in index errors, e.g. "action"
   */
  ChildRange(List<Control<?>> all, IntSupplier offset, String what) {
    this.all = all;
    this.offset = offset;
    this.what = what;
  }

  @Override
  public Control<?> get(int index) {
    check(index, size() - 1);
    return all.get(index + offset.getAsInt());
  }

  @Override
  public int size() {
    return all.size() - offset.getAsInt();
  }

  @Override
  public void add(int index, Control<?> control) {
    check(index, size());
    all.add(index + offset.getAsInt(), control);
  }

  @Override
  public Control<?> set(int index, Control<?> control) {
    check(index, size() - 1);
    return all.set(index + offset.getAsInt(), control);
  }

  @Override
  public Control<?> remove(int index) {
    check(index, size() - 1);
    return all.remove(index + offset.getAsInt());
  }

  private void check(int index, int max) {
    if (index < 0 || index > max) {
      throw new IndexOutOfBoundsException(what + " " + index + " of " + size());
    }
  }
}
