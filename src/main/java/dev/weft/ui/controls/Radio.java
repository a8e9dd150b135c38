package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.Objects;

/**
 * One choice of a {@link RadioGroup} (Flet's {@code Radio}): checked when the group's value is
 * its {@link #value()}. It has no events of its own: a click or an arrow key changes the group.
 */
public final class Radio extends Control<Radio> {

  public Radio(String value, String label) {
    value(value);
    label(label);
  }

  @Override
  protected String type() {
    return "radio";
  }

  /** What the group's value is while this radio is checked. */
  public String value() {
    return (String) get("value");
  }

  public Radio value(String value) {
    return set("value", Objects.requireNonNull(value, "a radio's value"));
  }

  public String label() {
    return (String) get("label");
  }

  public Radio label(String label) {
    return set("label", label);
  }
}
