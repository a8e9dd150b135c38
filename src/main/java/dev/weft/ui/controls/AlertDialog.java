package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.Overlay;
import java.util.List;

/**
 * A Material dialog (Flet's {@code AlertDialog}): a title, a content control and actions, shown
 * over a scrim with {@code page.open(dialog)} and closed with {@code page.close(dialog)}. The
 * keyboard focus moves into it and stays there (Tab wraps) until it closes, then goes back to
 * where it was. Escape and a click on the scrim dismiss it, unless it is {@link #modal(boolean)
 * modal}: then only the app closes it, typically from an action's handler.
 *
 * <p>Its children are the content control (when there is one), then the actions.
 */
public final class AlertDialog extends Overlay<AlertDialog> {

  private final List<Control<?>> actions = new ChildRange(childList(), this::contentCount, "action");

  public AlertDialog() {
    super(Integer.MAX_VALUE);
  }

  /** A dialog with a title, a content control (or null) and actions. */
  public AlertDialog(String title, Control<?> content, Control<?>... actions) {
    this();
    title(title);
    content(content);
    actions(actions);
  }

  @Override
  protected String type() {
    return "alertDialog";
  }

  public String title() {
    return (String) get("title");
  }

  /** The dialog's title, its accessible name; null for none. */
  public AlertDialog title(String title) {
    return set("title", title == null || title.isEmpty() ? null : title);
  }

  /** The content control, or null. */
  public Control<?> content() {
    return contentCount() == 0 ? null : childList().get(0);
  }

  /** Puts a control in the dialog's body (its accessible description); null removes it. */
  public AlertDialog content(Control<?> content) {
    boolean filled = ContentSlot.put(childList(), contentCount() == 1, content);
    return set("hasContent", filled ? Boolean.TRUE : null);
  }

  /** The buttons at the bottom, end-aligned: a live list. */
  public List<Control<?>> actions() {
    return actions;
  }

  /** Replaces the actions. */
  public AlertDialog actions(Control<?>... controls) {
    actions.clear();
    actions.addAll(List.of(controls));
    return this;
  }

  public boolean modal() {
    return get("modal") != null;
  }

  /**
   * A modal dialog (Flet's meaning) ignores Escape and clicks on the scrim: the user must answer
   * it through its actions. It is announced as an {@code alertdialog}. False by default.
   */
  public AlertDialog modal(boolean modal) {
    return set("modal", modal ? Boolean.TRUE : null);
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon shown above the title, centred; null for none. */
  public AlertDialog icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  private int contentCount() {
    return get("hasContent") == null ? 0 : 1;
  }
}
