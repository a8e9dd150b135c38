package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * One tab of {@link Tabs}: a text and/or an icon in the tab row, and the control shown in the
 * panel below while the tab is selected (Flet's {@code Tab}). Its name for screen readers is its
 * text, else its tooltip, else its icon's name.
 */
public final class Tab extends Control<Tab> {

  /** A tab titled {@code text}, with no content yet. */
  public Tab(String text) {
    super(1);
    text(text);
  }

  /** A tab titled {@code text} showing {@code content} when selected. */
  public Tab(String text, Control<?> content) {
    this(text);
    content(content);
  }

  @Override
  protected String type() {
    return "tab";
  }

  public String text() {
    return (String) get("text");
  }

  public Tab text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon name shown above the text (beside it in a tab without text). */
  public Tab icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  /** The control shown in the panel while this tab is selected, or null. */
  public Control<?> content() {
    List<Control<?>> all = childList();
    return all.isEmpty() ? null : all.get(0);
  }

  /** Sets the tab's content, replacing any; null removes it. */
  public Tab content(Control<?> content) {
    List<Control<?>> all = childList();
    if (content == null) {
      all.clear();
    } else if (all.isEmpty()) {
      all.add(content);
    } else {
      all.set(0, content);
    }
    return this;
  }
}
