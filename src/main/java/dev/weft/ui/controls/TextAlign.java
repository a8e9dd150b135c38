package dev.weft.ui.controls;

/** Horizontal alignment of text. */
public enum TextAlign {
  LEFT,
  CENTER,
  RIGHT,
  JUSTIFY
}
