package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/**
 * Material 3's floating action button: the screen's main action, an icon on a primary-container
 * square (Flet's {@code FloatingActionButton}); with a text it is the extended FAB, icon and text
 * side by side. It sits where it is placed in the tree. Its name for screen readers is its text,
 * else its tooltip, else its icon's name.
 */
public final class FloatingActionButton extends Control<FloatingActionButton> {

  public FloatingActionButton(String icon) {
    icon(icon);
  }

  public FloatingActionButton(String icon, EventHandler<FloatingActionButton> onClick) {
    this(icon);
    onClick(onClick);
  }

  public static FloatingActionButton async(String icon, AsyncEventHandler<FloatingActionButton> onClick) {
    return new FloatingActionButton(icon).onClickAsync(onClick);
  }

  @Override
  protected String type() {
    return "floatingActionButton";
  }

  public String icon() {
    return (String) get("icon");
  }

  public FloatingActionButton icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  public String text() {
    return (String) get("text");
  }

  /** A text beside the icon: the extended FAB. */
  public FloatingActionButton text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The button's colour; the default is the primary-container colour. */
  public FloatingActionButton bgcolor(String color) {
    return set("bgcolor", color);
  }

  public FloatingActionButton onClick(EventHandler<FloatingActionButton> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public FloatingActionButton onClickAsync(AsyncEventHandler<FloatingActionButton> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }

  public FloatingActionButton onFocus(EventHandler<FloatingActionButton> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public FloatingActionButton onBlur(EventHandler<FloatingActionButton> handler) {
    return on(ControlEvent.BLUR, handler);
  }
}
