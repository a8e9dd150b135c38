package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.Overlay;
import java.util.List;

/**
 * A Material banner (Flet's {@code Banner}): a prominent message with actions across the top of
 * the window, below the top view's app bar, until the app closes it (usually from one of its
 * actions). Not modal: the page stays usable. It is a landmark region named by its text, and its
 * text is announced when it opens. One banner shows at a time: opening another closes it, as a
 * dismissal.
 *
 * <p>Its children are its actions.
 */
public final class Banner extends Overlay<Banner> {

  public Banner() {
    super(Integer.MAX_VALUE);
  }

  /** A banner saying {@code text}, with actions. */
  public Banner(String text, Control<?>... actions) {
    this();
    text(text);
    actions(actions);
  }

  @Override
  protected String type() {
    return "banner";
  }

  public String text() {
    Object v = get("text");
    return v == null ? "" : (String) v;
  }

  /** The message. */
  public Banner text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon before the text (e.g. "warning"); null for none. */
  public Banner icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  public String iconColor() {
    return (String) get("iconColor");
  }

  /** The leading icon's colour; the theme's primary colour when null. */
  public Banner iconColor(String color) {
    return set("iconColor", color);
  }

  /** The buttons at the end of the banner: a live list. */
  public List<Control<?>> actions() {
    return childList();
  }

  /** Replaces the actions. */
  public Banner actions(Control<?>... controls) {
    childList().clear();
    childList().addAll(List.of(controls));
    return this;
  }
}
