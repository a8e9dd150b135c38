package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.AbstractList;
import java.util.List;

/**
 * The bar on top of a {@link View} (Material's top app bar): a leading control, a title and
 * actions at the end. On a view with another view below it, a bar without a leading control
 * shows a back button ("Back"), which runs {@code page.viewPop(view)}: see {@link
 * dev.weft.ui.Page#onViewPop}. The browser gets it as a {@code banner} landmark.
 *
 * <p>Its children are, in order: the leading control (if any), the title control (if the title
 * is a control), then the actions.
 */
public final class AppBar extends Control<AppBar> {

  private final List<Control<?>> actions = new Actions();

  public AppBar() {
    super(Integer.MAX_VALUE);
    // The back button's clicks: the bar never shows one outside a view with a view below.
    on("back", e -> {
      if (e.control().parent() instanceof View view) {
        e.page().viewPop(view);
      }
    });
  }

  /** A bar titled {@code title}. */
  public AppBar(String title) {
    this();
    title(title);
  }

  @Override
  protected String type() {
    return "appBar";
  }

  /** The title when it is a text, else null. */
  public String title() {
    return (String) get("title");
  }

  /** Sets the title to a text, replacing a title control. */
  public AppBar title(String title) {
    setTitleControl(null);
    return set("title", title);
  }

  /** The title when it is a control, else null. */
  public Control<?> titleControl() {
    return get("titleControl") == null ? null : childList().get(leadingCount());
  }

  /** Sets the title to a control (e.g. a styled {@link Text}), replacing a text title. */
  public AppBar title(Control<?> title) {
    set("title", null);
    return setTitleControl(title);
  }

  /** The control before the title (e.g. a menu button), or null. */
  public Control<?> leading() {
    return leadingCount() == 0 ? null : childList().get(0);
  }

  /** Puts a control before the title; null removes it. A bar with one shows no back button. */
  public AppBar leading(Control<?> leading) {
    replaceSlot(0, leadingCount(), leading);
    return set("leading", leading == null ? null : Boolean.TRUE);
  }

  /** The controls at the end of the bar (e.g. icon buttons): a live list. */
  public List<Control<?>> actions() {
    return actions;
  }

  /** Replaces the actions. */
  public AppBar actions(Control<?>... controls) {
    actions.clear();
    actions.addAll(List.of(controls));
    return this;
  }

  public boolean automaticallyImplyLeading() {
    return get("implyLeading") == null;
  }

  /** Whether the bar shows a back button on a view with a view below it; true by default. */
  public AppBar automaticallyImplyLeading(boolean imply) {
    return set("implyLeading", imply ? null : Boolean.FALSE);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The bar's colour; the default is the surface colour. */
  public AppBar bgcolor(String color) {
    return set("bgcolor", color);
  }

  private AppBar setTitleControl(Control<?> title) {
    replaceSlot(leadingCount(), titleCount(), title);
    return set("titleControl", title == null ? null : Boolean.TRUE);
  }

  private void replaceSlot(int at, int present, Control<?> control) {
    List<Control<?>> all = childList();
    if (control == null) {
      if (present == 1) {
        all.remove(at);
      }
    } else if (present == 1) {
      all.set(at, control);
    } else {
      all.add(at, control);
    }
  }

  private int leadingCount() {
    return get("leading") == null ? 0 : 1;
  }

  private int titleCount() {
    return get("titleControl") == null ? 0 : 1;
  }

  /** The child list after the leading and title controls. */
  private final class Actions extends AbstractList<Control<?>> {

    private int offset() {
      return leadingCount() + titleCount();
    }

    @Override
    public Control<?> get(int index) {
      check(index, size() - 1);
      return childList().get(index + offset());
    }

    @Override
    public int size() {
      return childList().size() - offset();
    }

    @Override
    public void add(int index, Control<?> control) {
      check(index, size());
      childList().add(index + offset(), control);
    }

    @Override
    public Control<?> set(int index, Control<?> control) {
      check(index, size() - 1);
      return childList().set(index + offset(), control);
    }

    @Override
    public Control<?> remove(int index) {
      check(index, size() - 1);
      return childList().remove(index + offset());
    }

    private void check(int index, int max) {
      if (index < 0 || index > max) {
        throw new IndexOutOfBoundsException("action " + index + " of " + size());
      }
    }
  }
}
