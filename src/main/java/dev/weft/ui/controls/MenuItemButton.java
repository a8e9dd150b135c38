package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/**
 * An entry of a {@link MenuBar} or {@link SubmenuButton} that acts when chosen (Flet 0.2x's
 * {@code MenuItemButton}): a click, or Enter or Space, runs its handler and closes the menus, the
 * focus going back to the bar. Flet's {@code content} is a text here, {@code leading} an icon name.
 */
public final class MenuItemButton extends Control<MenuItemButton> {

  public MenuItemButton(String text) {
    text(text);
  }

  public MenuItemButton(String text, EventHandler<MenuItemButton> onClick) {
    this(text);
    onClick(onClick);
  }

  @Override
  protected String type() {
    return "menuItemButton";
  }

  public String text() {
    Object v = get("text");
    return v == null ? "" : (String) v;
  }

  public MenuItemButton text(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a MenuItemButton needs a text: it names the item");
    }
    return set("text", text);
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon before the text (Flet's {@code leading}). */
  public MenuItemButton icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  public MenuItemButton onClick(EventHandler<MenuItemButton> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public MenuItemButton onClickAsync(AsyncEventHandler<MenuItemButton> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }
}
