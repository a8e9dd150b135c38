package dev.weft.ui;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.RandomAccess;

/**
 * One region of the page's child list, as a live list: the content ({@link Page#controls()}),
 * then the overlays ({@link Page#overlay()}) at its end. On the wire both are the page's
 * children, content first, so the diff and the protocol know nothing of regions; the browser
 * draws overlays on top, wherever they are. A child belongs to the overlay region when it was
 * added through the overlay list and every child after it was too.
 */
final class PageRegion extends AbstractList<Control<?>> implements RandomAccess {

  private final Page page;
  private final boolean overlay;

  PageRegion(Page page, boolean overlay) {
    this.page = page;
    this.overlay = overlay;
  }

  /** How many children the content region holds; the rest are overlays. Lock held. */
  static int contentSize(Page page) {
    ControlList all = page.children;
    int n = all.count();
    while (n > 0 && all.at(n - 1).isOverlaid()) {
      n--;
    }
    return n;
  }

  private int start() {
    return overlay ? contentSize(page) : 0;
  }

  private int end() {
    return overlay ? page.children.count() : contentSize(page);
  }

  @Override
  public Control<?> get(int index) {
    page.lock.lock();
    try {
      check(index, end() - start() - 1);
      return page.children.at(start() + index);
    } finally {
      page.lock.unlock();
    }
  }

  @Override
  public int size() {
    page.lock.lock();
    try {
      return end() - start();
    } finally {
      page.lock.unlock();
    }
  }

  @Override
  public void add(int index, Control<?> control) {
    page.lock.lock();
    try {
      check(index, end() - start());
      int at = start() + index;
      boolean was = control.isOverlaid();
      control.setOverlaid(overlay);
      try {
        page.children.add(at, control);
      } catch (RuntimeException e) {
        control.setOverlaid(was);
        throw e;
      }
      modCount++;
    } finally {
      page.lock.unlock();
    }
  }

  /** All or none: a {@code page.add(...)} past {@code limits.controlsPerPage} adds nothing. */
  @Override
  public boolean addAll(Collection<? extends Control<?>> controls) {
    return addAll(size(), controls);
  }

  @Override
  public boolean addAll(int index, Collection<? extends Control<?>> controls) {
    page.lock.lock();
    try {
      page.checkRoom(controls, null);
      return super.addAll(index, controls);
    } finally {
      page.lock.unlock();
    }
  }

  @Override
  public Control<?> set(int index, Control<?> control) {
    page.lock.lock();
    try {
      check(index, end() - start() - 1);
      boolean was = control.isOverlaid();
      control.setOverlaid(overlay);
      try {
        return page.children.set(start() + index, control);
      } catch (RuntimeException e) {
        control.setOverlaid(was); // refused (limits.controlsPerPage, another page's control): as it was
        throw e;
      }
    } finally {
      page.lock.unlock();
    }
  }

  @Override
  public Control<?> remove(int index) {
    page.lock.lock();
    try {
      check(index, end() - start() - 1);
      modCount++;
      return page.children.remove(start() + index);
    } finally {
      page.lock.unlock();
    }
  }

  @Override
  protected void removeRange(int from, int to) {
    page.lock.lock();
    try {
      int start = start();
      for (int i = to - 1; i >= from; i--) {
        page.children.remove(start + i);
      }
      modCount++;
    } finally {
      page.lock.unlock();
    }
  }

  /** Reorders by moves, atomically: see {@link Reorder}. */
  @Override
  public void sort(Comparator<? super Control<?>> order) {
    page.lock.lock();
    try {
      Reorder.byMoves(this, order);
      modCount++;
    } finally {
      page.lock.unlock();
    }
  }

  private void check(int index, int max) {
    if (index < 0 || index > max) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size()
          + (overlay ? " overlays" : " controls"));
    }
  }
}
