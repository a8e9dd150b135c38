package dev.weft.ui.controls;

/** How a {@link Stack} sizes the children it does not position (Flet's {@code StackFit}). */
public enum StackFit {
  /** Each keeps its own size (the default). */
  LOOSE,
  /** Each is stretched to the stack's size. */
  EXPAND
}
