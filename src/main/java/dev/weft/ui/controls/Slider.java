package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/**
 * A Material slider picking a number from {@link #min()} to {@link #max()} (Flet's {@code Slider}).
 * {@link #value()} follows the user: while the thumb is dragged the browser sends {@code change} a
 * few times a second at most (the last position always arrives), and {@code changeEnd} when the
 * user lets go or a key press moves it. A value the user could not have picked (off the track, or
 * between two of the {@link #divisions()}) is refused.
 */
public final class Slider extends Control<Slider> {

  /** The event sent when a drag ends or a key moves the thumb: Flet's {@code on_change_end}. */
  public static final String CHANGE_END = "changeEnd";

  public Slider() {
  }

  public Slider(double min, double max, double value) {
    min(min);
    max(max);
    value(value);
  }

  @Override
  protected String type() {
    return "slider";
  }

  /** The chosen number; {@link #min()} until one is set or picked. */
  public double value() {
    Object v = get("value");
    return v == null ? min() : ((Number) v).doubleValue();
  }

  public Slider value(double value) {
    return set("value", SliderScale.finite(value, "value"));
  }

  public double min() {
    Object v = get("min");
    return v == null ? 0 : ((Number) v).doubleValue();
  }

  public Slider min(double min) {
    return set("min", SliderScale.finite(min, "min") == 0 ? null : min);
  }

  public double max() {
    Object v = get("max");
    return v == null ? 1 : ((Number) v).doubleValue();
  }

  public Slider max(double max) {
    return set("max", SliderScale.finite(max, "max") == 1 ? null : max);
  }

  /** How many equal steps the track has; null for a continuous slider. */
  public Integer divisions() {
    return (Integer) get("divisions");
  }

  public Slider divisions(Integer divisions) {
    return set("divisions", SliderScale.divisions(divisions));
  }

  /**
   * The text of the value indicator shown while the thumb is dragged or focused, and what a
   * screen reader says; {@code {value}} stands for the value (rounded to {@link #round()} decimals).
   */
  public String label() {
    return (String) get("label");
  }

  public Slider label(String label) {
    return set("label", label);
  }

  /**
   * The slider's accessible name (Flet's {@code semantics_label}): the label is the value's text,
   * so a screen reader needs this to say what the slider sets.
   */
  public String semanticsLabel() {
    return (String) get("semanticsLabel");
  }

  public Slider semanticsLabel(String name) {
    return set("semanticsLabel", name);
  }

  /** Decimals of the value in the label. */
  public int round() {
    Object v = get("round");
    return v == null ? 0 : (Integer) v;
  }

  public Slider round(int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("round must be 0 to 10 decimals, not " + decimals);
    }
    return set("round", decimals == 0 ? null : decimals);
  }

  public Slider onChange(EventHandler<Slider> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public Slider onChangeAsync(AsyncEventHandler<Slider> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  public Slider onChangeEnd(EventHandler<Slider> handler) {
    return on(CHANGE_END, handler);
  }

  public Slider onChangeEndAsync(AsyncEventHandler<Slider> handler) {
    return onAsync(CHANGE_END, handler);
  }

  public Slider onFocus(EventHandler<Slider> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public Slider onBlur(EventHandler<Slider> handler) {
    return on(ControlEvent.BLUR, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event) && !CHANGE_END.equals(event)) {
      return null;
    }
    try {
      double v = new SliderScale(min(), max(), divisions()).check(data, "the slider's value");
      putSilently("value", v);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
