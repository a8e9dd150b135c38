/**
 * Material 3 colour science for themes: a Java port of the essential parts of Google's
 * <a href="https://github.com/material-foundation/material-color-utilities">material-color-utilities</a>
 * (Apache 2.0, commit 6112292): {@link dev.weft.ui.color.Hct} (hue, chroma, tone on CAM16 and
 * L*), its solver, and {@link dev.weft.ui.color.TonalPalette}, copied with only the package
 * changed; {@link dev.weft.ui.color.ColorRoles} is Weft's own: the Material 3 baseline mapping
 * of palette tones to colour roles, light and dark.
 */
package dev.weft.ui.color;
