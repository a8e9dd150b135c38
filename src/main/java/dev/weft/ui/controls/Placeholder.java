package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * A box with a cross through it (Flet's {@code Placeholder}): where a control will go. It fills
 * the width and height it is given, or else takes {@link #fallbackWidth} by
 * {@link #fallbackHeight}. Presentational: hidden from screen readers.
 */
public final class Placeholder extends Control<Placeholder> {

  @Override
  protected String type() {
    return "placeholder";
  }

  public String color() {
    return (String) get("color");
  }

  /** The lines' colour (the theme's outline when null). */
  public Placeholder color(String color) {
    return set("color", color);
  }

  public Number strokeWidth() {
    Object v = get("strokeWidth");
    return v == null ? 2 : (Number) v;
  }

  public Placeholder strokeWidth(Number width) {
    return set("strokeWidth", positive("strokeWidth", width, 2));
  }

  public Number fallbackWidth() {
    Object v = get("fallbackWidth");
    return v == null ? 400 : (Number) v;
  }

  /** The width when none is given (no {@code width}, no {@code expand}). */
  public Placeholder fallbackWidth(Number width) {
    return set("fallbackWidth", positive("fallbackWidth", width, 400));
  }

  public Number fallbackHeight() {
    Object v = get("fallbackHeight");
    return v == null ? 400 : (Number) v;
  }

  public Placeholder fallbackHeight(Number height) {
    return set("fallbackHeight", positive("fallbackHeight", height, 400));
  }

  private static Number positive(String name, Number value, double fallback) {
    if (value != null && !(value.doubleValue() > 0)) {
      throw new IllegalArgumentException(name + " must be above 0, not " + value);
    }
    return value == null || value.doubleValue() == fallback ? null : value;
  }
}
