package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/** A button showing only a Material icon; its tooltip (or the icon's name) labels it. */
public final class IconButton extends Control<IconButton> {

  public IconButton(String icon) {
    icon(icon);
  }

  public IconButton(String icon, EventHandler<IconButton> onClick) {
    this(icon);
    onClick(onClick);
  }

  public static IconButton async(String icon, AsyncEventHandler<IconButton> onClick) {
    return new IconButton(icon).onClickAsync(onClick);
  }

  @Override
  protected String type() {
    return "iconButton";
  }

  public String icon() {
    Object v = get("icon");
    return v == null ? "" : (String) v;
  }

  public IconButton icon(String icon) {
    return set("icon", icon == null || icon.isEmpty() ? null : icon);
  }

  public IconButtonVariant variant() {
    return fromWire(IconButtonVariant.class, get("variant"), IconButtonVariant.STANDARD);
  }

  public IconButton variant(IconButtonVariant variant) {
    return set("variant",
        variant == null || variant == IconButtonVariant.STANDARD ? null : wire(variant));
  }

  public String iconColor() {
    return (String) get("iconColor");
  }

  public IconButton iconColor(String color) {
    return set("iconColor", color);
  }

  public boolean selected() {
    return Boolean.TRUE.equals(get("selected"));
  }

  /**
   * Makes the button a toggle button, on or off: a toggled look, and {@code aria-pressed} true or
   * false, so a screen reader says "toggle button, not pressed" too. A button never given a
   * {@code selected} is a plain button. Set it when the button is made, so it is a toggle from the
   * start.
   */
  public IconButton selected(boolean selected) {
    return set("selected", selected);
  }

  public IconButton onClick(EventHandler<IconButton> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public IconButton onClickAsync(AsyncEventHandler<IconButton> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }

  public IconButton onFocus(EventHandler<IconButton> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public IconButton onBlur(EventHandler<IconButton> handler) {
    return on(ControlEvent.BLUR, handler);
  }
}
