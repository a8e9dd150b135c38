package dev.weft.ui.controls;

import dev.weft.ui.Control;

/** A circular progress indicator (Flet's {@code ProgressRing}): determinate (0 to 1) or, with a null value, spinning. */
public final class ProgressRing extends Control<ProgressRing> {

  /** An indeterminate ring. */
  public ProgressRing() {
  }

  public ProgressRing(Double value) {
    value(value);
  }

  @Override
  protected String type() {
    return "progressRing";
  }

  /** The progress from 0 to 1, or null while indeterminate. */
  public Double value() {
    Object v = get("value");
    return v == null ? null : ((Number) v).doubleValue();
  }

  public ProgressRing value(Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("progress must be between 0 and 1, not " + value);
    }
    return set("value", value);
  }

  public Number strokeWidth() {
    Object v = get("strokeWidth");
    return v == null ? 4 : (Number) v;
  }

  /** The ring's thickness in pixels. */
  public ProgressRing strokeWidth(Number width) {
    if (width != null && !(width.doubleValue() > 0)) {
      throw new IllegalArgumentException("stroke width must be above 0, not " + width);
    }
    return set("strokeWidth", width == null || width.doubleValue() == 4 ? null : width);
  }

  public String color() {
    return (String) get("color");
  }

  public ProgressRing color(String color) {
    return set("color", color);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The track's colour (none when null, as in Material 3's default ring). */
  public ProgressRing bgcolor(String color) {
    return set("bgcolor", color);
  }

  public String label() {
    return (String) get("label");
  }

  /** An accessible name for the ring ("Loading" when null). */
  public ProgressRing label(String label) {
    return set("label", label);
  }
}
