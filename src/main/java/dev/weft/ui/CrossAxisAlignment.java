package dev.weft.ui;

/** How children are placed across a row's or column's main axis. */
public enum CrossAxisAlignment {
  START,
  CENTER,
  END,
  STRETCH,
  /** Rows only: align the text baselines. */
  BASELINE
}
