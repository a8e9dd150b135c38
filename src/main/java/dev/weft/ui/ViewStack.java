package dev.weft.ui;

import dev.weft.ui.controls.View;
import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * {@link Page#views()}: the page's child list seen as views. The views are the page's controls,
 * so the stack is diffed and sent like any child list; only the top one is shown.
 */
final class ViewStack extends AbstractList<View> implements RandomAccess {

  private final Page page;

  ViewStack(Page page) {
    this.page = page;
  }

  @Override
  public View get(int index) {
    Control<?> control = page.content.get(index);
    if (control instanceof View view) {
      return view;
    }
    throw new IllegalStateException("the page's control " + index + " is a " + control
        + ", not a view: a page uses either views or controls, not both");
  }

  @Override
  public int size() {
    return page.content.size();
  }

  @Override
  public void add(int index, View view) {
    page.content.add(index, view);
  }

  /** All or none, like the page's controls: past {@code limits.controlsPerPage}, no view is added. */
  @Override
  public boolean addAll(int index, Collection<? extends View> views) {
    return page.content.addAll(index, List.copyOf(views));
  }

  @Override
  public boolean addAll(Collection<? extends View> views) {
    return page.content.addAll(List.copyOf(views));
  }

  @Override
  public View set(int index, View view) {
    View old = get(index);
    page.content.set(index, view);
    return old;
  }

  @Override
  public View remove(int index) {
    View old = get(index);
    page.content.remove(index);
    return old;
  }

  @Override
  protected void removeRange(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      page.content.remove(i);
    }
  }
}
