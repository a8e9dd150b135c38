package dev.weft.ui.controls;

/** Material button styles, from most to least emphasis. */
public enum ButtonVariant {
  ELEVATED,
  FILLED,
  TONAL,
  OUTLINED,
  TEXT
}
