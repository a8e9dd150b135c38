package dev.weft.ui.controls;

/** What the user did on a chart (Flet's chart events, reduced to what a browser tells apart). */
public enum ChartEventType {
  /** The pointer (or the keyboard focus) came to rest on a point, rod or section. */
  HOVER,
  /** A click, a tap, or Enter/Space on a focused point, rod or section. */
  TAP,
  /** The pointer left the chart, or the focus left it: nothing is hovered any more. */
  EXIT
}
