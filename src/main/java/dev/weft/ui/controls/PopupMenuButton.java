package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * A button that opens a menu of {@link PopupMenuItem}s (Flet's {@code PopupMenuButton}; WAI-ARIA's
 * menu button), with {@link Divider}s between groups. It shows an icon ({@code more_vert} by default), or a text label with a drop-down
 * arrow when {@link #text(String)} is set. Each item runs its own click handler.
 *
 * <p>Where Flet takes any control as the button's {@code content}, Weft takes a text: the button
 * stays one native {@code <button>} whose accessible name is that text (an icon-only button is
 * named by its {@code tooltip}, else "More options").
 */
public final class PopupMenuButton extends Control<PopupMenuButton> {

  private final List<Control<?>> items =
      new ChildrenOf(childList(), c -> c instanceof PopupMenuItem || c instanceof Divider,
          "a PopupMenuButton", "PopupMenuItem and Divider");

  public PopupMenuButton(Control<?>... items) {
    super(Integer.MAX_VALUE);
    this.items.addAll(List.of(items));
  }

  @Override
  protected String type() {
    return "popupMenuButton";
  }

  /** The menu's items, top to bottom: a live list of {@link PopupMenuItem}s and {@link Divider}s. */
  public List<Control<?>> items() {
    return items;
  }

  /** Replaces the items. */
  public PopupMenuButton items(Control<?>... replacement) {
    items.clear();
    items.addAll(List.of(replacement));
    return this;
  }

  public String icon() {
    Object v = get("icon");
    return v == null ? "more_vert" : (String) v;
  }

  /** The Material icon on the button; {@code more_vert} by default. */
  public PopupMenuButton icon(String icon) {
    return set("icon", icon == null || icon.equals("more_vert") ? null : icon);
  }

  public String text() {
    return (String) get("text");
  }

  /** A text label instead of the bare icon; null goes back to the icon button. */
  public PopupMenuButton text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }
}
