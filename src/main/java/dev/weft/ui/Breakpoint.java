package dev.weft.ui;

import java.util.Locale;

/**
 * The window widths at which a {@link dev.weft.ui.controls.ResponsiveRow} changes its layout,
 * Bootstrap's and Flet's: a breakpoint applies from its minimum width up, and a control's
 * {@link Control#col(java.util.Map) col} span for a breakpoint holds until a wider one sets
 * another.
 */
public enum Breakpoint {
  XS(0), SM(576), MD(768), LG(992), XL(1200), XXL(1400);

  private final int minWidth;

  Breakpoint(int minWidth) {
    this.minWidth = minWidth;
  }

  /** The narrowest window width, in CSS pixels, this breakpoint applies to. */
  public int minWidth() {
    return minWidth;
  }

  /** Its name in {@code col} maps and on the wire: {@code "xs"} … {@code "xxl"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The breakpoint named {@code key}; an unknown name is an IllegalArgumentException. */
  public static Breakpoint of(String key) {
    for (Breakpoint b : values()) {
      if (b.key().equals(key)) {
        return b;
      }
    }
    throw new IllegalArgumentException("no breakpoint \"" + key + "\": use xs, sm, md, lg, xl or xxl");
  }
}
