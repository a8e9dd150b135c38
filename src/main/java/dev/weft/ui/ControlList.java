package dev.weft.ui;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The children of a control, as a live list: {@code row.controls().add(new Text("x"))} adds a
 * child, and the next {@link Page#update()} sends it.
 *
 * <p>Every method holds the page's lock, so each call is atomic; bulk calls ({@code addAll},
 * {@code clear}) are atomic as a whole. Adding a control that already has a parent moves it, like
 * the DOM's {@code appendChild}. Adding past {@code limits.controlsPerPage} throws and adds nothing
 * ({@link Page#checkRoom}).
 */
final class ControlList extends AbstractList<Control<?>> implements RandomAccess {

  private final Control<?> owner;
  private final int maxSize;
  final ArrayList<Control<?>> items = new ArrayList<>(0);

  ControlList(Control<?> owner, int maxSize) {
    this.owner = owner;
    this.maxSize = maxSize;
  }

  @Override
  public Control<?> get(int index) {
    Page p = lock(null);
    try {
      return items.get(index);
    } finally {
      unlock(p);
    }
  }

  @Override
  public int size() {
    Page p = lock(null);
    try {
      return items.size();
    } finally {
      unlock(p);
    }
  }

  @Override
  public void add(int index, Control<?> control) {
    Page p = lock(control);
    try {
      insert(index, control, p);
      modCount++;
    } finally {
      unlock(p);
    }
  }

  @Override
  public boolean addAll(int index, Collection<? extends Control<?>> controls) {
    List<Control<?>> copy = List.copyOf(controls);
    Control<?> withPage = copy.stream().filter(c -> c.page != null).findFirst().orElse(null);
    Page p = lock(withPage);
    try {
      if (owner.attached) {
        owner.page.checkRoom(copy, null); // all or none: past limits.controlsPerPage, none is added
      }
      for (Control<?> c : copy) {
        insert(index++, c, p);
      }
      modCount++;
      return !copy.isEmpty();
    } finally {
      unlock(p);
    }
  }

  @Override
  public boolean addAll(Collection<? extends Control<?>> controls) {
    Page p = lock(null);
    try {
      return addAll(items.size(), controls);
    } finally {
      unlock(p);
    }
  }

  @Override
  public Control<?> set(int index, Control<?> control) {
    Page p = lock(control);
    try {
      Control<?> old = items.get(index);
      if (old == control) {
        return old;
      }
      if (owner.attached) {
        owner.page.checkRoom(List.of(control), old); // before the old one leaves
      }
      take(index);
      insert(index, control, p);
      modCount++;
      return old;
    } finally {
      unlock(p);
    }
  }

  @Override
  public Control<?> remove(int index) {
    Page p = lock(null);
    try {
      Control<?> old = take(index);
      modCount++;
      return old;
    } finally {
      unlock(p);
    }
  }

  @Override
  public boolean remove(Object control) {
    Page p = lock(null);
    try {
      int i = items.indexOf(control);
      if (i < 0) {
        return false;
      }
      take(i);
      modCount++;
      return true;
    } finally {
      unlock(p);
    }
  }

  @Override
  protected void removeRange(int from, int to) {
    Page p = lock(null);
    try {
      for (int i = to - 1; i >= from; i--) {
        take(i);
      }
      modCount++;
    } finally {
      unlock(p);
    }
  }

  @Override
  public void clear() {
    removeRange(0, size());
  }

  /** Reorders by moves, atomically: see {@link Reorder}. */
  @Override
  public void sort(Comparator<? super Control<?>> order) {
    Page p = lock(null);
    try {
      Reorder.byMoves(this, order);
      modCount++;
    } finally {
      unlock(p);
    }
  }

  // ------------------------------------------------------------------ with the lock held

  private void insert(int index, Control<?> child, Page locked) {
    Objects.requireNonNull(child, "control");
    if (child.page != null && child.page != locked) {
      throw new IllegalStateException(child + " belongs to another page");
    }
    if (child instanceof Page) {
      throw new IllegalArgumentException("a page cannot be added to another control");
    }
    for (Control<?> c = owner; c != null; c = c.parent) {
      if (c == child) {
        throw new IllegalArgumentException(child + " cannot be added inside itself");
      }
    }
    if (index < 0 || index > items.size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + items.size());
    }
    if (owner.attached) {
      owner.page.checkRoom(List.of(child), null); // before a move takes it from its parent
    }
    if (child.parent == owner) {
      int at = items.indexOf(child);
      take(at);
      if (at < index) {
        index--;
      }
    } else {
      if (items.size() >= maxSize) {
        throw new IllegalStateException(owner.type() + " holds at most " + maxSize
            + (maxSize == 1 ? " control" : " controls"));
      }
      if (child.parent != null) {
        child.parent.children.take(child.parent.children.items.indexOf(child));
      }
    }
    Page page = owner.page;
    if (owner.attached) {
      page.checkAttachable(child);
    }
    owner.beforeChildrenChange();
    items.add(index, child);
    child.parent = owner;
    if (owner.attached) {
      page.attach(child);
    }
  }

  private Control<?> take(int index) {
    owner.beforeChildrenChange();
    Control<?> child = items.remove(index);
    child.parent = null;
    if (child.attached) {
      child.page.detach(child);
    }
    return child;
  }

  /** Locks the page of the owner, or of the control being added when the owner has none. */
  private Page lock(Control<?> incoming) {
    Page p = owner.page;
    Page q = incoming == null ? null : incoming.page;
    if (p != null && q != null && p != q) {
      throw new IllegalStateException(incoming + " belongs to another page");
    }
    Page page = p != null ? p : q;
    if (page != null) {
      page.lock.lock();
    }
    return page;
  }

  private static void unlock(Page page) {
    if (page != null) {
      page.lock.unlock();
    }
  }
}
