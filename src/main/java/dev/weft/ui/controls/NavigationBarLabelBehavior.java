package dev.weft.ui.controls;

/** Which labels a {@link NavigationBar} shows under its icons (Flet's {@code label_behavior}). */
public enum NavigationBarLabelBehavior {
  /** Every destination's label: the default. */
  ALWAYS_SHOW,
  /** No labels; they still name the destinations for screen readers. */
  ALWAYS_HIDE,
  /** Only the selected destination's label. */
  ONLY_SHOW_SELECTED
}
