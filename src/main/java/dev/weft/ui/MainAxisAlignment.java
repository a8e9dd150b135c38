package dev.weft.ui;

/** How children are placed along a row's or column's main axis. */
public enum MainAxisAlignment {
  START,
  CENTER,
  END,
  SPACE_BETWEEN,
  SPACE_AROUND,
  SPACE_EVENLY
}
