package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/** A Material button with a text label. */
public final class Button extends Control<Button> {

  public Button(String text) {
    text(text);
  }

  /** A button whose blocking handler runs off the event loop when clicked. */
  public Button(String text, EventHandler<Button> onClick) {
    this(text);
    onClick(onClick);
  }

  /** A button whose async handler runs on the session's event loop when clicked. */
  public static Button async(String text, AsyncEventHandler<Button> onClick) {
    return new Button(text).onClickAsync(onClick);
  }

  @Override
  protected String type() {
    return "button";
  }

  public String text() {
    Object v = get("text");
    return v == null ? "" : (String) v;
  }

  public Button text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }

  public ButtonVariant variant() {
    return fromWire(ButtonVariant.class, get("variant"), ButtonVariant.ELEVATED);
  }

  public Button variant(ButtonVariant variant) {
    return set("variant", variant == null || variant == ButtonVariant.ELEVATED ? null : wire(variant));
  }

  public String icon() {
    return (String) get("icon");
  }

  /** A Material icon name shown before the label, e.g. {@code "add"}. */
  public Button icon(String icon) {
    return set("icon", icon);
  }

  public String color() {
    return (String) get("color");
  }

  public Button color(String color) {
    return set("color", color);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  public Button bgcolor(String bgcolor) {
    return set("bgcolor", bgcolor);
  }

  public Button onClick(EventHandler<Button> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public Button onClickAsync(AsyncEventHandler<Button> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }

  public Button onFocus(EventHandler<Button> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public Button onBlur(EventHandler<Button> handler) {
    return on(ControlEvent.BLUR, handler);
  }
}
