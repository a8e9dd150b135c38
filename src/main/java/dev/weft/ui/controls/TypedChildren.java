package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.Reorder;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * A run of a control's children as a live, typed list of its own: a data table's columns (the
 * first children) and rows (the rest), a row's cells, a chart's series, a series' points. It takes only controls of its type, raising
 * an {@code IllegalArgumentException} naming what fits where the app adds anything else.
 *
 * <p>{@link #sort} reorders in place by moving children, so the browser gets moves, never a
 * removal and a new copy (the default {@code List.sort} sets each index, which in a child list
 * would move a control out of the place the sort still reads).
 *
 * @param <T> the children's type
 */
final class TypedChildren<T extends Control<?>> extends AbstractList<T> {

  private final List<Control<?>> all;
  private final Class<T> type;
  private final IntSupplier start;
  private final IntSupplier end;
  private final String owner;

  /**
   * @param all   the owner's whole child list
   * @param type  the type of the children in the run
   * @param start the index in {@code all} where the run starts, asked each time
   * @param end   the index in {@code all} after the run's last child, asked each time
   * @param owner the holder, for messages ("a DataTable's rows")
   */
  TypedChildren(List<Control<?>> all, Class<T> type, IntSupplier start, IntSupplier end, String owner) {
    this.all = all;
    this.type = type;
    this.start = start;
    this.end = end;
    this.owner = owner;
  }

  /** All of {@code all}'s children: a chart's series, a series' points. */
  TypedChildren(List<Control<?>> all, Class<T> type, String owner) {
    this(all, type, () -> 0, all::size, owner);
  }

  @Override
  public T get(int index) {
    check(index, size() - 1);
    return type.cast(all.get(start.getAsInt() + index));
  }

  @Override
  public int size() {
    return end.getAsInt() - start.getAsInt();
  }

  @Override
  public void add(int index, T control) {
    check(index, size());
    all.add(start.getAsInt() + index, fit(control));
  }

  @Override
  public T set(int index, T control) {
    check(index, size() - 1);
    return type.cast(all.set(start.getAsInt() + index, fit(control)));
  }

  @Override
  public T remove(int index) {
    check(index, size() - 1);
    return type.cast(all.remove(start.getAsInt() + index));
  }

  @Override
  public void sort(Comparator<? super T> order) {
    Reorder.byMoves(this, order);
  }

  private T fit(Object control) {
    if (!type.isInstance(control)) {
      throw new IllegalArgumentException(owner + " can hold only " + type.getSimpleName() + ", not " + control);
    }
    return type.cast(control);
  }

  private void check(int index, int max) {
    if (index < 0 || index > max) {
      throw new IndexOutOfBoundsException(owner + ": index " + index + " of " + size());
    }
  }
}
