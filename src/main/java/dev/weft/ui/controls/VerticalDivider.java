package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * A thin vertical line between controls in a row (Flet's {@code VerticalDivider}). Its
 * {@link #width} is the horizontal space it takes (16 when unset), the line centred in it.
 */
public final class VerticalDivider extends Control<VerticalDivider> {

  @Override
  protected String type() {
    return "verticalDivider";
  }

  public Number thickness() {
    Object v = get("thickness");
    return v == null ? 1 : (Number) v;
  }

  public VerticalDivider thickness(Number thickness) {
    if (thickness != null && thickness.doubleValue() < 0) {
      throw new IllegalArgumentException("thickness must be 0 or more, not " + thickness);
    }
    return set("thickness", thickness == null || thickness.doubleValue() == 1 ? null : thickness);
  }

  public String color() {
    return (String) get("color");
  }

  /** The line's colour (the theme's outline variant when null). */
  public VerticalDivider color(String color) {
    return set("color", color);
  }
}
