package dev.weft.ui.controls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One button of a {@link SegmentedButton} (Flet's {@code Segment}): a value, and a label, an icon
 * or both. A segment with only an icon is named for screen readers by its {@code tooltip}.
 *
 * @param value   what the segmented button's selection holds when it is selected
 * @param label   the text shown, or null
 * @param icon    a Material icon name, or null
 * @param tooltip the tooltip and, for an icon-only segment, the accessible name; null for none
 */
public record Segment(String value, String label, String icon, String tooltip) {

  public Segment {
    Objects.requireNonNull(value, "a segment's value");
    if (label == null && icon == null) {
      throw new IllegalArgumentException("segment " + value + " needs a label or an icon");
    }
    if (label == null && tooltip == null) {
      tooltip = value; // an icon alone names nothing
    }
  }

  /** A segment showing its label. */
  public Segment(String value, String label) {
    this(value, label, null, null);
  }

  public Segment icon(String icon) {
    return new Segment(value, label, icon, tooltip);
  }

  public Segment tooltip(String tooltip) {
    return new Segment(value, label, icon, tooltip);
  }

  /** As the segment goes on the wire: absent fields are left out. */
  Map<String, String> wire() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("value", value);
    if (label != null) {
      m.put("label", label);
    }
    if (icon != null) {
      m.put("icon", icon);
    }
    if (tooltip != null) {
      m.put("tooltip", tooltip);
    }
    return Map.copyOf(m);
  }

  static Segment fromWire(Map<String, String> m) {
    return new Segment(m.get("value"), m.get("label"), m.get("icon"), m.get("tooltip"));
  }
}
