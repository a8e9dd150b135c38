package dev.weft.ui.controls;

/**
 * Which labels a {@link NavigationRail} shows under its icons when it is not extended (Flet's
 * {@code label_type}); an extended rail shows every label beside its icon.
 */
public enum NavigationRailLabelType {
  /** No labels (the default, as in Flet); they still name the destinations for screen readers. */
  NONE,
  /** Only the selected destination's label. */
  SELECTED,
  /** Every destination's label. */
  ALL
}
