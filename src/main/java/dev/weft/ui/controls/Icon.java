package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * A Material icon by Flet's name: {@code "home"} (filled), {@code "home_outlined"},
 * {@code "home_rounded"}, {@code "home_sharp"}; any of the ~2,100 Material icons, drawn from the
 * fonts in Weft's jar (no CDN). Decorative unless it has a {@link #semanticsLabel}. An unknown
 * name renders nothing and is logged once ({@link IconNames}).
 */
public final class Icon extends Control<Icon> {

  public Icon(String name) {
    name(name);
  }

  @Override
  protected String type() {
    return "icon";
  }

  public String name() {
    Object v = get("name");
    return v == null ? "" : (String) v;
  }

  public Icon name(String name) {
    IconNames.warnIfUnknown(name);
    return set("name", name == null || name.isEmpty() ? null : name);
  }

  public String color() {
    return (String) get("color");
  }

  /** A CSS colour or a theme role; the surrounding text colour when null. */
  public Icon color(String color) {
    return set("color", color);
  }

  public Number size() {
    Object v = get("size");
    return v == null ? 24 : (Number) v;
  }

  public Icon size(Number size) {
    if (size != null && !(size.doubleValue() > 0)) {
      throw new IllegalArgumentException("icon size must be above 0, not " + size);
    }
    return set("size", size == null || size.doubleValue() == 24 ? null : size);
  }

  public String semanticsLabel() {
    return (String) get("semanticsLabel");
  }

  /** What a screen reader says for the icon (it becomes an image); null keeps it decorative. */
  public Icon semanticsLabel(String label) {
    return set("semanticsLabel", label == null || label.isEmpty() ? null : label);
  }
}
