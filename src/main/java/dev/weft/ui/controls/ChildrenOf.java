package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A control's live child list that takes only the kinds of control it may hold (a menu takes menu
 * items, not text fields): anything else is an {@code IllegalArgumentException} naming what fits,
 * raised where the app adds it rather than later in the browser.
 */
final class ChildrenOf extends AbstractList<Control<?>> {

  private final List<Control<?>> children;
  private final Predicate<Control<?>> fits;
  private final String owner;
  private final String allowed;

  /**
   * @param owner   the holder, for the message ("a PopupMenuButton")
   * @param allowed what it holds, for the message ("PopupMenuItem")
   */
  ChildrenOf(List<Control<?>> children, Predicate<Control<?>> fits, String owner, String allowed) {
    this.children = children;
    this.fits = fits;
    this.owner = owner;
    this.allowed = allowed;
  }

  private Control<?> check(Control<?> control) {
    if (control == null || !fits.test(control)) {
      throw new IllegalArgumentException(owner + " holds only " + allowed + ", not " + control);
    }
    return control;
  }

  @Override
  public Control<?> get(int index) {
    return children.get(index);
  }

  @Override
  public int size() {
    return children.size();
  }

  @Override
  public void add(int index, Control<?> control) {
    children.add(index, check(control));
  }

  @Override
  public Control<?> set(int index, Control<?> control) {
    return children.set(index, check(control));
  }

  @Override
  public Control<?> remove(int index) {
    return children.remove(index);
  }
}
