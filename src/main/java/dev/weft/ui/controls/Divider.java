package dev.weft.ui.controls;

import dev.weft.ui.Control;

/** A thin horizontal line between controls. */
public final class Divider extends Control<Divider> {

  @Override
  protected String type() {
    return "divider";
  }

  public Number thickness() {
    Object v = get("thickness");
    return v == null ? 1 : (Number) v;
  }

  public Divider thickness(Number thickness) {
    return set("thickness", thickness == null || thickness.doubleValue() == 1 ? null : thickness);
  }

  public String color() {
    return (String) get("color");
  }

  public Divider color(String color) {
    return set("color", color);
  }

  public Number space() {
    Object v = get("space");
    return v == null ? 16 : (Number) v;
  }

  /** The total vertical space the divider takes. */
  public Divider space(Number space) {
    return set("space", space == null || space.doubleValue() == 16 ? null : space);
  }
}
