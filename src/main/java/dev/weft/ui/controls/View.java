package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.ScrollMode;
import java.util.AbstractList;
import java.util.List;

/**
 * One screen of a page's view stack ({@code page.views()}): its route, an optional
 * {@link AppBar} on top, and its controls. Only the top view of the stack is shown; the views
 * below it are kept (with their state) for going back.
 */
public final class View extends Control<View> {

  private final List<Control<?>> controls = new Controls();

  /** A view for {@code route}, holding {@code controls}. */
  public View(String route, Control<?>... controls) {
    super(Integer.MAX_VALUE);
    route(route);
    this.controls.addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "view";
  }

  /** The route this view stands for, e.g. {@code "/settings"}. */
  public String route() {
    return (String) get("route");
  }

  public View route(String route) {
    if (route == null || !route.startsWith("/")) {
      throw new IllegalArgumentException("a view's route starts with \"/\": " + route);
    }
    return set("route", route);
  }

  /** The view's controls, below its app bar: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return controls;
  }

  /** The bar on top of the view, or null. */
  public AppBar appBar() {
    List<Control<?>> all = childList();
    return !all.isEmpty() && all.get(0) instanceof AppBar bar ? bar : null;
  }

  /** Puts a bar on top of the view, replacing any; null removes it. */
  public View appBar(AppBar appBar) {
    List<Control<?>> all = childList();
    boolean has = appBar() != null;
    if (appBar == null) {
      if (has) {
        all.remove(0);
      }
    } else if (has) {
      all.set(0, appBar);
    } else {
      all.add(0, appBar);
    }
    return this;
  }

  /** Space around the view's controls in pixels; the default is 16. */
  public View padding(int padding) {
    if (padding < 0) {
      throw new IllegalArgumentException("a view's padding cannot be negative: " + padding);
    }
    return set("padding", padding == 16 ? null : padding);
  }

  public int padding() {
    Object v = get("padding");
    return v == null ? 16 : (Integer) v;
  }

  /** Whether the view scrolls when its controls are taller than the window; AUTO by default. */
  public View scroll(ScrollMode scroll) {
    return set("scroll", scroll == ScrollMode.AUTO ? null : wire(scroll));
  }

  public ScrollMode scroll() {
    return fromWire(ScrollMode.class, get("scroll"), ScrollMode.AUTO);
  }

  /** The view's child list without its app bar, which, when there is one, is child 0. */
  private final class Controls extends AbstractList<Control<?>> {

    private int offset() {
      return appBar() == null ? 0 : 1;
    }

    @Override
    public Control<?> get(int index) {
      checkIndex(index, size());
      return childList().get(index + offset());
    }

    @Override
    public int size() {
      return childList().size() - offset();
    }

    @Override
    public void add(int index, Control<?> control) {
      checkPositionIndex(index, size());
      if (control instanceof AppBar) {
        throw new IllegalArgumentException("an app bar goes on a view with appBar(), not among its controls");
      }
      childList().add(index + offset(), control);
    }

    @Override
    public Control<?> set(int index, Control<?> control) {
      checkIndex(index, size());
      if (control instanceof AppBar) {
        throw new IllegalArgumentException("an app bar goes on a view with appBar(), not among its controls");
      }
      return childList().set(index + offset(), control);
    }

    @Override
    public Control<?> remove(int index) {
      checkIndex(index, size());
      return childList().remove(index + offset());
    }

    private static void checkIndex(int index, int size) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      }
    }

    private static void checkPositionIndex(int index, int size) {
      if (index < 0 || index > size) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      }
    }
  }
}
