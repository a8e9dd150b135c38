package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * An entry of a {@link MenuBar}, or of another submenu, that opens a menu of its own (Flet 0.2x's
 * {@code SubmenuButton}). Its menu holds {@link MenuItemButton}s, further {@code SubmenuButton}s
 * (opening to the side) and {@link Divider}s. Flet's {@code content} control is a text here: a menu
 * entry's accessible name is its text.
 */
public final class SubmenuButton extends Control<SubmenuButton> {

  private final List<Control<?>> controls = new ChildrenOf(childList(),
      c -> c instanceof MenuItemButton || c instanceof SubmenuButton || c instanceof Divider,
      "a SubmenuButton", "MenuItemButton, SubmenuButton and Divider");

  public SubmenuButton(String text, Control<?>... controls) {
    super(Integer.MAX_VALUE);
    text(text);
    this.controls.addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "submenuButton";
  }

  /** The entries of its menu, top to bottom: a live list. */
  public List<Control<?>> controls() {
    return controls;
  }

  public String text() {
    Object v = get("text");
    return v == null ? "" : (String) v;
  }

  public SubmenuButton text(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a SubmenuButton needs a text: it names the menu");
    }
    return set("text", text);
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon before the text (Flet's {@code leading}). */
  public SubmenuButton icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }
}
