package dev.weft.ui.controls;

/** A labelled checkbox. */
public final class Checkbox extends Toggle<Checkbox> {

  public Checkbox(String label) {
    this(label, false);
  }

  public Checkbox(String label, boolean value) {
    super(label, value);
  }

  @Override
  protected String type() {
    return "checkbox";
  }
}
