package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * A horizontal bar of menus, as in a desktop app's "File Edit View" (Flet 0.2x's {@code MenuBar},
 * WAI-ARIA's menubar): {@link SubmenuButton}s that open menus, and {@link MenuItemButton}s that act
 * at once. One Tab stop: Left and Right move along the bar, Down (or Enter, Space) opens a menu.
 */
public final class MenuBar extends Control<MenuBar> {

  private final List<Control<?>> controls = new ChildrenOf(childList(),
      c -> c instanceof SubmenuButton || c instanceof MenuItemButton,
      "a MenuBar", "SubmenuButton and MenuItemButton");

  public MenuBar(Control<?>... controls) {
    super(Integer.MAX_VALUE);
    this.controls.addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "menuBar";
  }

  /** The bar's menus and items, left to right: a live list. */
  public List<Control<?>> controls() {
    return controls;
  }

  public String label() {
    return (String) get("label");
  }

  /** The bar's accessible name (e.g. "Main menu"), for a page with more than one bar. */
  public MenuBar label(String label) {
    return set("label", label);
  }
}
