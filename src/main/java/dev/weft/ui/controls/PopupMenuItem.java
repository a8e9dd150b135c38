package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/**
 * One entry of a {@link PopupMenuButton}'s menu (Flet's {@code PopupMenuItem}): a text, an
 * optional icon and a click handler. A line between groups of items is a {@link Divider} in the
 * menu's items (Flet's {@code PopupMenuItem()} without text).
 *
 * <p>Items are controls of their own: a click (or Enter or Space on the focused item) runs this
 * item's handler, with the item as {@code e.control()}; the menu closes and the focus goes back to
 * the menu button. An item with {@link #checked(Boolean)} set is a check item
 * ({@code menuitemcheckbox}); the browser does not flip it, the handler does, as in Flet:
 * {@code item.checked(!item.checked())}.
 */
public final class PopupMenuItem extends Control<PopupMenuItem> {

  public PopupMenuItem(String text) {
    text(text);
  }

  public PopupMenuItem(String text, EventHandler<PopupMenuItem> onClick) {
    this(text);
    onClick(onClick);
  }

  @Override
  protected String type() {
    return "popupMenuItem";
  }

  public String text() {
    Object v = get("text");
    return v == null ? "" : (String) v;
  }

  public PopupMenuItem text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon shown before the text. */
  public PopupMenuItem icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  /** True or false for a check item, null (the default) for a plain item. */
  public Boolean checked() {
    return (Boolean) get("checked");
  }

  public PopupMenuItem checked(Boolean checked) {
    return set("checked", checked);
  }

  public PopupMenuItem onClick(EventHandler<PopupMenuItem> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public PopupMenuItem onClickAsync(AsyncEventHandler<PopupMenuItem> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }
}
