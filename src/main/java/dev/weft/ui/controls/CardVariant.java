package dev.weft.ui.controls;

/** The three Material 3 cards: raised by a shadow, filled with a tint, or outlined. */
public enum CardVariant {
  ELEVATED, FILLED, OUTLINED
}
