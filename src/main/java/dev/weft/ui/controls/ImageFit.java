package dev.weft.ui.controls;

/** How an image fills its box. */
public enum ImageFit {
  CONTAIN,
  COVER,
  FILL,
  NONE,
  SCALE_DOWN
}
