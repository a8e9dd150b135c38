package dev.weft.ui.controls;

/** Whether content reaching past a control's edges is cut off (Flet's {@code ClipBehavior}). */
public enum ClipBehavior {
  /** Not clipped: children may paint outside. */
  NONE,
  /** Clipped at the edges (the browser always clips with anti-aliasing, so the next two look the same). */
  HARD_EDGE,
  ANTI_ALIAS,
  ANTI_ALIAS_WITH_SAVE_LAYER
}
