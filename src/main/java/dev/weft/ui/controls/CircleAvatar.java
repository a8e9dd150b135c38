package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * A round avatar (Flet's {@code CircleAvatar}): initials (its {@link #content}, usually a
 * {@link Text}) on a colour, or a picture. A {@link #foregroundImageSrc} that fails to load is
 * hidden, so the initials show instead; a {@link #backgroundImageSrc} lies under the content.
 * It is an image to screen readers, named by {@link #alt} (else by its initials).
 */
public final class CircleAvatar extends Control<CircleAvatar> {

  public CircleAvatar() {
    super(1);
  }

  public CircleAvatar(Control<?> content) {
    this();
    content(content);
  }

  /** An avatar showing initials. */
  public CircleAvatar(String initials) {
    this(new Text(initials));
  }

  @Override
  protected String type() {
    return "circleAvatar";
  }

  /** The control inside (initials, an icon), or null. */
  public Control<?> content() {
    List<Control<?>> list = childList();
    return list.isEmpty() ? null : list.get(0);
  }

  public CircleAvatar content(Control<?> content) {
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  public String foregroundImageSrc() {
    return (String) get("foregroundImageSrc");
  }

  /** A picture over the content; if it cannot be loaded the content shows. */
  public CircleAvatar foregroundImageSrc(String src) {
    return set("foregroundImageSrc", src == null || src.isEmpty() ? null : src);
  }

  public String backgroundImageSrc() {
    return (String) get("backgroundImageSrc");
  }

  /** A picture under the content. */
  public CircleAvatar backgroundImageSrc(String src) {
    return set("backgroundImageSrc", src == null || src.isEmpty() ? null : src);
  }

  public String alt() {
    return (String) get("alt");
  }

  /** Who or what the avatar shows, for screen readers (e.g. "Ada Lovelace"). */
  public CircleAvatar alt(String alt) {
    return set("alt", alt == null || alt.isEmpty() ? null : alt);
  }

  public String color() {
    return (String) get("color");
  }

  /** The content's colour (onPrimaryContainer when null). */
  public CircleAvatar color(String color) {
    return set("color", color);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The circle's colour (primaryContainer when null). */
  public CircleAvatar bgcolor(String color) {
    return set("bgcolor", color);
  }

  public Number radius() {
    Object v = get("radius");
    return v == null ? 20 : (Number) v;
  }

  /** The circle's radius in pixels. */
  public CircleAvatar radius(Number radius) {
    if (radius != null && !(radius.doubleValue() > 0)) {
      throw new IllegalArgumentException("avatar radius must be above 0, not " + radius);
    }
    return set("radius", radius == null || radius.doubleValue() == 20 ? null : radius);
  }
}
