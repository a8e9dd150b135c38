package dev.weft.ui;

/** How a page, row or column scrolls when its content overflows. */
public enum ScrollMode {
  /** A scroll bar appears when needed. */
  AUTO,
  /** A scroll bar is always shown. */
  ALWAYS,
  /** Scrollable, without a scroll bar. */
  HIDDEN
}
