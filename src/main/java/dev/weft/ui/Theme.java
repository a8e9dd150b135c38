package dev.weft.ui;

import dev.weft.ui.color.ColorRoles;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A page's look, as in Flet: a colour seed from which every Material 3 colour role is derived
 * (see {@link ColorRoles}), and a font family. Immutable: each setter returns a new theme.
 *
 * <pre>{@code
 * page.fonts(Map.of("Inter", "fonts/Inter.woff2"));
 * page.theme(Theme.seed("#00639b").fontFamily("Inter"));
 * }</pre>
 */
public final class Theme {

  /** Material 3's baseline seed: the theme weft.css has without a {@code page.theme}. */
  public static final String BASELINE_SEED = "#6750a4";

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
  /** A family name the client can put in quotes in a CSS font-family list as is. */
  private static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9 _-]{1,64}");

  private final int seed;
  private final String fontFamily;

  private Theme(int seed, String fontFamily) {
    this.seed = seed;
    this.fontFamily = fontFamily;
  }

  /** A theme from a seed colour, {@code #rrggbb}. */
  public static Theme seed(String colorSeed) {
    return new Theme(parseSeed(colorSeed), null);
  }

  /** The baseline theme (seed #6750a4). */
  public static Theme baseline() {
    return seed(BASELINE_SEED);
  }

  /** The seed as {@code #rrggbb}, lower case. */
  public String colorSeed() {
    return String.format(Locale.ROOT, "#%06x", seed);
  }

  public Theme colorSeed(String colorSeed) {
    return new Theme(parseSeed(colorSeed), fontFamily);
  }

  /** The font family, or null for the system font stack. */
  public String fontFamily() {
    return fontFamily;
  }

  /**
   * The text font: a family registered with {@link Page#fonts} or one the browser has (the system
   * stack follows as the fallback); null for the system font stack.
   */
  public Theme fontFamily(String family) {
    return new Theme(seed, checkFamily(family));
  }

  /** What the client gets: {@code {"colors": {role: "#rrggbb"}, "fontFamily": name}}. */
  Map<String, Object> wire(boolean dark) {
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("colors", ColorRoles.of(seed, dark));
    if (fontFamily != null) {
      wire.put("fontFamily", fontFamily);
    }
    return Map.copyOf(wire);
  }

  static String checkFamily(String family) {
    if (family != null && !FAMILY.matcher(family).matches()) {
      throw new IllegalArgumentException("a font family is 1 to 64 letters, digits, spaces, '_' or '-', not \""
          + family + "\"");
    }
    return family;
  }

  private static int parseSeed(String colorSeed) {
    if (colorSeed == null || !HEX.matcher(colorSeed).matches()) {
      throw new IllegalArgumentException("a colour seed is \"#rrggbb\", not \"" + colorSeed + "\"");
    }
    return Integer.parseInt(colorSeed.substring(1), 16);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Theme t && t.seed == seed && Objects.equals(t.fontFamily, fontFamily);
  }

  @Override
  public int hashCode() {
    return seed * 31 + Objects.hashCode(fontFamily);
  }

  @Override
  public String toString() {
    return "Theme[" + colorSeed() + (fontFamily == null ? "" : ", " + fontFamily) + "]";
  }
}
