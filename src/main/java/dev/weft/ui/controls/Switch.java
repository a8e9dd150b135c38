package dev.weft.ui.controls;

/** A labelled Material switch. */
public final class Switch extends Toggle<Switch> {

  public Switch(String label) {
    this(label, false);
  }

  public Switch(String label, boolean value) {
    super(label, value);
  }

  @Override
  protected String type() {
    return "switch";
  }
}
