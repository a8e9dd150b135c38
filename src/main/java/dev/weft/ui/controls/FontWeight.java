package dev.weft.ui.controls;

/** Font weights: normal, bold, or 100 … 900. */
public enum FontWeight {
  NORMAL,
  BOLD,
  W100,
  W200,
  W300,
  W400,
  W500,
  W600,
  W700,
  W800,
  W900
}
