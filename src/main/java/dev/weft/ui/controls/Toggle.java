package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/**
 * A labelled on/off control: what {@link Checkbox} and {@link Switch} share. {@link #value()}
 * follows the user's clicks.
 *
 * @param <C> the control's own type
 */
public abstract class Toggle<C extends Toggle<C>> extends Control<C> {

  Toggle(String label, boolean value) {
    label(label);
    value(value);
  }

  public boolean value() {
    return get("value") != null;
  }

  public C value(boolean value) {
    return set("value", value ? Boolean.TRUE : null);
  }

  public String label() {
    return (String) get("label");
  }

  public C label(String label) {
    return set("label", label);
  }

  public C onChange(EventHandler<C> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public C onChangeAsync(AsyncEventHandler<C> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  public C onFocus(EventHandler<C> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public C onBlur(EventHandler<C> handler) {
    return on(ControlEvent.BLUR, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event)) {
      return null;
    }
    if (!(data instanceof Boolean on)) {
      return "the data of change on a " + type() + " must be a boolean";
    }
    putSilently("value", on ? Boolean.TRUE : null);
    return null;
  }
}
