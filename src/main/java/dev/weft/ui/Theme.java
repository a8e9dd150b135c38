package dev.weft.ui;

import dev.weft.ui.color.ColorRoles;
import dev.weft.ui.controls.FontWeight;
import dev.weft.ui.controls.TextStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A page's look, as in Flet: a colour seed from which every Material 3 colour role is derived
 * (see {@link ColorRoles}), a font family and a text theme (sizes and weights of the type roles).
 * Immutable: each setter returns a new theme.
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

  /** weft.css's font size and line height of each {@link TextStyle}, in its order (px). */
  static final int[][] TYPE_SCALE = {
      {57, 64}, {45, 52}, {36, 44}, {32, 40}, {28, 36}, {24, 32}, {22, 28}, {16, 24}, {14, 20},
      {16, 24}, {14, 20}, {12, 16}, {14, 20}, {12, 16}, {11, 16},
  };

  private final int seed;
  private final String fontFamily;
  /** The overridden type roles: role → {size, weight (0: the role's)}. */
  private final Map<TextStyle, int[]> textTheme;

  private Theme(int seed, String fontFamily, Map<TextStyle, int[]> textTheme) {
    this.seed = seed;
    this.fontFamily = fontFamily;
    this.textTheme = textTheme;
  }

  /** A theme from a seed colour, {@code #rrggbb}. */
  public static Theme seed(String colorSeed) {
    return new Theme(parseSeed(colorSeed), null, Map.of());
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
    return new Theme(parseSeed(colorSeed), fontFamily, textTheme);
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
    return new Theme(seed, checkFamily(family), textTheme);
  }

  /**
   * A text theme entry, as Flet's {@code text_theme}: the size (px) and weight of one type role
   * for every {@code Text} with that style; the line height keeps the role's proportion. A null
   * weight keeps the role's.
   *
   * @throws IllegalArgumentException for a size outside 6 to 200
   */
  public Theme textStyle(TextStyle role, int size, FontWeight weight) {
    if (size < 6 || size > 200) {
      throw new IllegalArgumentException("a text theme size is 6 to 200 px, not " + size + " (" + role + ")");
    }
    Map<TextStyle, int[]> roles = new EnumMap<>(TextStyle.class);
    roles.putAll(textTheme);
    roles.put(role, new int[] {size, weight == null ? 0 : weightNumber(weight)});
    return new Theme(seed, fontFamily, Map.copyOf(roles));
  }

  /** The size of a type role: the text theme's, or weft.css's. */
  public int textSize(TextStyle role) {
    int[] entry = textTheme.get(role);
    return entry == null ? TYPE_SCALE[role.ordinal()][0] : entry[0];
  }

  /**
   * What the client gets: {@code {"colors": {role: "#rrggbb"}, "fontFamily": name, "textTheme":
   * {"title-large": {"size": 30, "lineHeight": 38, "weight": 700}}}}.
   */
  Map<String, Object> wire(boolean dark) {
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("colors", ColorRoles.of(seed, dark));
    if (fontFamily != null) {
      wire.put("fontFamily", fontFamily);
    }
    if (!textTheme.isEmpty()) {
      Map<String, Object> text = new LinkedHashMap<>();
      new EnumMap<>(textTheme).forEach((role, entry) -> {
        int[] scale = TYPE_SCALE[role.ordinal()];
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("size", entry[0]);
        style.put("lineHeight", Math.round(entry[0] * (float) scale[1] / scale[0]));
        if (entry[1] != 0) {
          style.put("weight", entry[1]);
        }
        text.put(cssName(role), Map.copyOf(style));
      });
      wire.put("textTheme", Map.copyOf(text));
    }
    return Map.copyOf(wire);
  }

  /** TITLE_LARGE → "title-large", as in weft.css's .weft-type-title-large. */
  static String cssName(TextStyle role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static int weightNumber(FontWeight weight) {
    return switch (weight) {
      case NORMAL -> 400;
      case BOLD -> 700;
      default -> Integer.parseInt(weight.name().substring(1));
    };
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
    return o instanceof Theme t && t.seed == seed && Objects.equals(t.fontFamily, fontFamily)
        && t.wire(false).equals(wire(false));
  }

  @Override
  public int hashCode() {
    return seed * 31 + Objects.hashCode(fontFamily) + textTheme.size();
  }

  @Override
  public String toString() {
    return "Theme[" + colorSeed() + (fontFamily == null ? "" : ", " + fontFamily) + "]";
  }
}
