/**
 * The controls, one class each, mirroring docs/controls.md: every property there is a getter and
 * a chainable setter here, and every event an {@code onX} (blocking) and {@code onXAsync} method.
 */
package dev.weft.ui.controls;
