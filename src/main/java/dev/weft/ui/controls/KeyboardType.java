package dev.weft.ui.controls;

/** What a text field holds: sets the input's type and the on-screen keyboard. */
public enum KeyboardType {
  TEXT,
  NUMBER,
  EMAIL,
  PHONE,
  URL
}
