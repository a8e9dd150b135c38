package dev.weft.ui.color;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Material 3 colour roles of one seed colour, light or dark: the names of weft.css's
 * {@code --weft-<role>} properties mapped to {@code #rrggbb}.
 *
 * <p>The palettes are material-color-utilities' {@code CorePalette.of(seed)} — the one that
 * produced Material's baseline scheme: primary keeps the seed's hue with a chroma of at least 48,
 * secondary the hue at chroma 16, tertiary the hue turned 60° at chroma 24, error hue 25 chroma
 * 84, the neutral variant chroma 8 — except the neutral, at chroma 6 as in {@code
 * SchemeTonalSpot}, which matches the published baseline surfaces better than CorePalette's 4.
 * The tone of each role is the fixed one of the 2021 Material spec ({@code MaterialDynamicColors}
 * at contrast 0, no contrast adjustment): a faithful simplification of the library's dynamic
 * schemes. The baseline seed #6750A4 reproduces weft.css's roles to three units or fewer per
 * channel (the published values were rounded by an older solver).
 */
public final class ColorRoles {

  private ColorRoles() {
  }

  /** The roles of a seed colour ({@code 0xRRGGBB}); dark for the dark scheme. */
  public static Map<String, String> of(int seedRgb, boolean dark) {
    Hct seed = Hct.fromInt(0xFF000000 | seedRgb);
    double hue = seed.getHue();
    TonalPalette primary = TonalPalette.fromHueAndChroma(hue, Math.max(48.0, seed.getChroma()));
    TonalPalette secondary = TonalPalette.fromHueAndChroma(hue, 16.0);
    TonalPalette tertiary = TonalPalette.fromHueAndChroma(MathUtils.sanitizeDegreesDouble(hue + 60.0), 24.0);
    TonalPalette neutral = TonalPalette.fromHueAndChroma(hue, 6.0);
    TonalPalette neutralVariant = TonalPalette.fromHueAndChroma(hue, 8.0);
    TonalPalette error = TonalPalette.fromHueAndChroma(25.0, 84.0);

    Map<String, String> roles = new LinkedHashMap<>();
    accent(roles, "primary", primary, dark);
    accent(roles, "secondary", secondary, dark);
    accent(roles, "tertiary", tertiary, dark);
    accent(roles, "error", error, dark);
    put(roles, "background", neutral, dark ? 6 : 98);
    put(roles, "on-background", neutral, dark ? 90 : 10);
    put(roles, "surface", neutral, dark ? 6 : 98);
    put(roles, "on-surface", neutral, dark ? 90 : 10);
    put(roles, "surface-variant", neutralVariant, dark ? 30 : 90);
    put(roles, "on-surface-variant", neutralVariant, dark ? 80 : 30);
    put(roles, "surface-dim", neutral, dark ? 6 : 87);
    put(roles, "surface-bright", neutral, dark ? 24 : 98);
    put(roles, "surface-container-lowest", neutral, dark ? 4 : 100);
    put(roles, "surface-container-low", neutral, dark ? 10 : 96);
    put(roles, "surface-container", neutral, dark ? 12 : 94);
    put(roles, "surface-container-high", neutral, dark ? 17 : 92);
    put(roles, "surface-container-highest", neutral, dark ? 22 : 90);
    put(roles, "inverse-surface", neutral, dark ? 90 : 20);
    put(roles, "on-inverse-surface", neutral, dark ? 20 : 95);
    put(roles, "inverse-primary", primary, dark ? 40 : 80);
    put(roles, "outline", neutralVariant, dark ? 60 : 50);
    put(roles, "outline-variant", neutralVariant, dark ? 30 : 80);
    return Collections.unmodifiableMap(roles);
  }

  /** A colour role and its three companions: on-X, X-container, on-X-container. */
  private static void accent(Map<String, String> roles, String name, TonalPalette palette, boolean dark) {
    put(roles, name, palette, dark ? 80 : 40);
    put(roles, "on-" + name, palette, dark ? 20 : 100);
    put(roles, name + "-container", palette, dark ? 30 : 90);
    put(roles, "on-" + name + "-container", palette, dark ? 90 : 10);
  }

  private static void put(Map<String, String> roles, String name, TonalPalette palette, int tone) {
    roles.put(name, String.format(Locale.ROOT, "#%06x", palette.tone(tone) & 0xFFFFFF));
  }
}
