package dev.weft.ui.controls;

/** Material icon button styles. */
public enum IconButtonVariant {
  STANDARD,
  FILLED,
  TONAL,
  OUTLINED
}
