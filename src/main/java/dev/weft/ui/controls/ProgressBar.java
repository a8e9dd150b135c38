package dev.weft.ui.controls;

import dev.weft.ui.Control;

/** A linear progress indicator: determinate (0 to 1) or, with a null value, indeterminate. */
public final class ProgressBar extends Control<ProgressBar> {

  /** An indeterminate bar. */
  public ProgressBar() {
  }

  public ProgressBar(Double value) {
    value(value);
  }

  @Override
  protected String type() {
    return "progressBar";
  }

  /** The progress from 0 to 1, or null while indeterminate. */
  public Double value() {
    Object v = get("value");
    return v == null ? null : ((Number) v).doubleValue();
  }

  public ProgressBar value(Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("progress must be between 0 and 1, not " + value);
    }
    return set("value", value);
  }

  public String color() {
    return (String) get("color");
  }

  public ProgressBar color(String color) {
    return set("color", color);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  public ProgressBar bgcolor(String color) {
    return set("bgcolor", color);
  }

  public Number barHeight() {
    Object v = get("barHeight");
    return v == null ? 4 : (Number) v;
  }

  public ProgressBar barHeight(Number height) {
    return set("barHeight", height == null || height.doubleValue() == 4 ? null : height);
  }

  public String label() {
    return (String) get("label");
  }

  /** An accessible name for the bar. */
  public ProgressBar label(String label) {
    return set("label", label);
  }
}
