package dev.weft.ui;

import java.util.AbstractList;
import java.util.Arrays;
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

  private static final Control<?>[] NONE = {};

  private final Control<?> owner;
  private final int maxSize;
  // The children, in an array of its own rather than an ArrayList: every container of every
  // session has one, and the list object would be 24 bytes more each. Read without the lock
  // only by code that holds it: count(), at(), indexIn().
  private Control<?>[] items = NONE;
  private int count;

  ControlList(Control<?> owner, int maxSize) {
    this.owner = owner;
    this.maxSize = maxSize;
  }

  @Override
  public Control<?> get(int index) {
    Page p = lock(null);
    try {
      return at(index);
    } finally {
      unlock(p);
    }
  }

  @Override
  public int size() {
    Page p = lock(null);
    try {
      return count;
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
      if (owner.isAttached()) {
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
      return addAll(count, controls);
    } finally {
      unlock(p);
    }
  }

  @Override
  public Control<?> set(int index, Control<?> control) {
    Page p = lock(control);
    try {
      Control<?> old = at(index);
      if (old == control) {
        return old;
      }
      if (owner.isAttached()) {
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
      int i = find(control);
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
    if (index < 0 || index > count) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + count);
    }
    if (owner.isAttached()) {
      owner.page.checkRoom(List.of(child), null); // before a move takes it from its parent
    }
    if (child.parent == owner) {
      int at = find(child);
      take(at);
      if (at < index) {
        index--;
      }
    } else {
      if (count >= maxSize) {
        throw new IllegalStateException(owner.type() + " holds at most " + maxSize
            + (maxSize == 1 ? " control" : " controls"));
      }
      if (child.parent != null) {
        child.parent.children.take(child.parent.children.find(child));
      }
    }
    Page page = owner.page;
    if (owner.isAttached()) {
      page.checkAttachable(child);
    }
    owner.beforeChildrenChange();
    if (count == items.length) {
      // one by one while small (a row of two buttons keeps two slots), then by half
      items = Arrays.copyOf(items, count < 4 ? count + 1 : count + count / 2);
    }
    System.arraycopy(items, index, items, index + 1, count - index);
    items[index] = child;
    count++;
    child.parent = owner;
    if (owner.isAttached()) {
      page.attach(child);
    }
  }

  private Control<?> take(int index) {
    owner.beforeChildrenChange();
    Objects.checkIndex(index, count);
    Control<?> child = items[index];
    System.arraycopy(items, index + 1, items, index, count - index - 1);
    items[--count] = null;
    if (count == 0) {
      items = NONE; // an emptied container holds no array
    }
    child.parent = null;
    if (child.isAttached()) {
      child.page.detach(child);
    }
    return child;
  }

  /** How many children; the page's lock held (or no page yet). */
  int count() {
    return count;
  }

  /** The child at {@code index}; the page's lock held (or no page yet). */
  Control<?> at(int index) {
    Objects.checkIndex(index, count);
    return items[index];
  }

  @Override
  public int indexOf(Object control) {
    Page p = lock(null);
    try {
      return find(control);
    } finally {
      unlock(p);
    }
  }

  @Override
  public int lastIndexOf(Object control) {
    return indexOf(control); // a control is at most once in a list
  }

  /** Where {@code control} is among the children, or -1; the page's lock held. */
  int find(Object control) {
    for (int i = 0; i < count; i++) {
      if (items[i] == control) {
        return i;
      }
    }
    return -1;
  }

  /** A copy of the children; the page's lock held. */
  Control<?>[] copy() {
    return Arrays.copyOf(items, count);
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
