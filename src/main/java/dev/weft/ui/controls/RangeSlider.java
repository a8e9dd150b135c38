package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * A slider with two thumbs picking a range, {@link #startValue()} to {@link #endValue()}, from
 * {@link #min()} to {@link #max()} (Flet's {@code RangeSlider}). Events and their pacing are a
 * {@link Slider}'s; their data is {@code "[start, end]"} (event data is a scalar, so a JSON array in
 * a string). The browser keeps start at or below end;
 * the server refuses a pair that is not, or that is off the scale.
 */
public final class RangeSlider extends Control<RangeSlider> {

  public RangeSlider(double startValue, double endValue) {
    startValue(startValue);
    endValue(endValue);
  }

  @Override
  protected String type() {
    return "rangeSlider";
  }

  public double startValue() {
    Object v = get("startValue");
    return v == null ? min() : ((Number) v).doubleValue();
  }

  public RangeSlider startValue(double value) {
    return set("startValue", SliderScale.finite(value, "startValue"));
  }

  public double endValue() {
    Object v = get("endValue");
    return v == null ? max() : ((Number) v).doubleValue();
  }

  public RangeSlider endValue(double value) {
    return set("endValue", SliderScale.finite(value, "endValue"));
  }

  public double min() {
    Object v = get("min");
    return v == null ? 0 : ((Number) v).doubleValue();
  }

  public RangeSlider min(double min) {
    return set("min", SliderScale.finite(min, "min") == 0 ? null : min);
  }

  public double max() {
    Object v = get("max");
    return v == null ? 1 : ((Number) v).doubleValue();
  }

  public RangeSlider max(double max) {
    return set("max", SliderScale.finite(max, "max") == 1 ? null : max);
  }

  public Integer divisions() {
    return (Integer) get("divisions");
  }

  public RangeSlider divisions(Integer divisions) {
    return set("divisions", SliderScale.divisions(divisions));
  }

  /** The value indicators' text; {@code {value}} stands for the thumb's value. */
  public String label() {
    return (String) get("label");
  }

  public RangeSlider label(String label) {
    return set("label", label);
  }

  /**
   * The slider's accessible name (Flet's {@code semantics_label}): the label is the value's text,
   * so a screen reader needs this to say what the slider sets.
   */
  public String semanticsLabel() {
    return (String) get("semanticsLabel");
  }

  public RangeSlider semanticsLabel(String name) {
    return set("semanticsLabel", name);
  }

  public int round() {
    Object v = get("round");
    return v == null ? 0 : (Integer) v;
  }

  public RangeSlider round(int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("round must be 0 to 10 decimals, not " + decimals);
    }
    return set("round", decimals == 0 ? null : decimals);
  }

  public RangeSlider onChange(EventHandler<RangeSlider> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public RangeSlider onChangeAsync(AsyncEventHandler<RangeSlider> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  public RangeSlider onChangeEnd(EventHandler<RangeSlider> handler) {
    return on(Slider.CHANGE_END, handler);
  }

  public RangeSlider onChangeEndAsync(AsyncEventHandler<RangeSlider> handler) {
    return onAsync(Slider.CHANGE_END, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event) && !Slider.CHANGE_END.equals(event)) {
      return null;
    }
    List<?> pair = EventData.list(data);
    if (pair == null || pair.size() != 2) {
      return "the data of " + event + " on a range slider must be [start, end] in a JSON string, not " + data;
    }
    try {
      SliderScale scale = new SliderScale(min(), max(), divisions());
      double start = scale.check(pair.get(0), "the range slider's start");
      double end = scale.check(pair.get(1), "the range slider's end");
      if (start > end) {
        return "the range slider's start " + start + " is above its end " + end;
      }
      putSilently("startValue", start);
      putSilently("endValue", end);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
