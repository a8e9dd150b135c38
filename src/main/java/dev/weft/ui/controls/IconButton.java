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
    return get("selected") != null;
  }

  /** A toggled look ({@code aria-pressed}). */
  public IconButton selected(boolean selected) {
    return set("selected", selected ? Boolean.TRUE : null);
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
