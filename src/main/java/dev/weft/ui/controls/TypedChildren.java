package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.AbstractList;
import java.util.List;

/**
 * A control's live child list typed to the one kind of control it holds (a chart's series, a
 * series' points): anything else is an {@code IllegalArgumentException} naming what fits, raised
 * where the app adds it rather than later in the browser.
 *
 * @param <T> the children's type
 */
final class TypedChildren<T extends Control<?>> extends AbstractList<T> {

  private final List<Control<?>> children;
  private final Class<T> type;
  private final String owner;

  /** @param owner the holder, for the message ("a LineChart") */
  TypedChildren(List<Control<?>> children, Class<T> type, String owner) {
    this.children = children;
    this.type = type;
    this.owner = owner;
  }

  private T check(T child) {
    if (!type.isInstance(child)) {
      throw new IllegalArgumentException(owner + " holds only " + type.getSimpleName() + ", not " + child);
    }
    return child;
  }

  @Override
  public T get(int index) {
    return type.cast(children.get(index));
  }

  @Override
  public int size() {
    return children.size();
  }

  @Override
  public void add(int index, T child) {
    children.add(index, check(child));
  }

  @Override
  public T set(int index, T child) {
    return type.cast(children.set(index, check(child)));
  }

  @Override
  public T remove(int index) {
    return type.cast(children.remove(index));
  }
}
