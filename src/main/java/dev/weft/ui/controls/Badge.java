package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * A Material badge on a control (Flet's {@code Badge}, here a wrapper): a small label in the
 * corner ("10"), or a dot when it has no label. Give it a {@link #semanticsLabel} such as
 * "Notifications, 10 new": the badge's group is named by it, so screen readers announce the count
 * with the control instead of a bare number.
 */
public final class Badge extends Control<Badge> {

  public Badge() {
    super(1);
  }

  public Badge(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "badge";
  }

  /** The control the badge sits on, or null. */
  public Control<?> content() {
    List<Control<?>> list = childList();
    return list.isEmpty() ? null : list.get(0);
  }

  public Badge content(Control<?> content) {
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  public String label() {
    return (String) get("label");
  }

  /** The badge's text, e.g. a count; null shows a small dot. */
  public Badge label(String label) {
    return set("label", label == null || label.isEmpty() ? null : label);
  }

  public boolean labelVisible() {
    return get("labelVisible") == null;
  }

  /** Hides the badge (label or dot) while keeping the content. */
  public Badge labelVisible(boolean visible) {
    return set("labelVisible", visible ? null : Boolean.FALSE);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The badge's colour (the theme's error colour when null). */
  public Badge bgcolor(String color) {
    return set("bgcolor", color);
  }

  public String textColor() {
    return (String) get("textColor");
  }

  /** The label's colour (the theme's onError when null). */
  public Badge textColor(String color) {
    return set("textColor", color);
  }

  public List<Number> offset() {
    @SuppressWarnings("unchecked")
    List<Number> v = (List<Number>) get("offset");
    return v == null ? List.of(0, 0) : v;
  }

  /** Moves the badge from its corner, in pixels: right and down are positive. */
  public Badge offset(Number x, Number y) {
    if (x == null || y == null) {
      throw new IllegalArgumentException("a badge offset needs x and y, not " + x + ", " + y);
    }
    return set("offset", x.doubleValue() == 0 && y.doubleValue() == 0 ? null : List.of(x, y));
  }

  public String semanticsLabel() {
    return (String) get("semanticsLabel");
  }

  /** What a screen reader announces for the badged control, e.g. "Notifications, 10 new". */
  public Badge semanticsLabel(String label) {
    return set("semanticsLabel", label == null || label.isEmpty() ? null : label);
  }
}
