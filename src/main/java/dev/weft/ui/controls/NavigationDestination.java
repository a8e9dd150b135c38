package dev.weft.ui.controls;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One destination of a {@link NavigationBar} or {@link NavigationRail}: an icon, the icon shown
 * while it is selected, and a label. The label is required even where it is not shown (a rail
 * with {@link NavigationRailLabelType#NONE}, a bar hiding labels): it is the destination's
 * accessible name.
 *
 * @param icon a Material icon name (see docs/controls.md, "Icons"), or null for none
 * @param selectedIcon the icon while selected; null shows {@code icon}
 * @param label what the destination is called
 */
public record NavigationDestination(String icon, String selectedIcon, String label) {

  public NavigationDestination {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException(
          "a navigation destination needs a label: it names the destination for screen readers");
    }
    icon = icon == null || icon.isEmpty() ? null : icon;
    selectedIcon = selectedIcon == null || selectedIcon.isEmpty() ? null : selectedIcon;
  }

  /** A destination whose icon stays the same when selected. */
  public static NavigationDestination of(String icon, String label) {
    return new NavigationDestination(icon, null, label);
  }

  /** The destinations as they go on the wire: a list of immutable maps, null for none. */
  static List<Map<String, String>> toWire(List<NavigationDestination> destinations) {
    if (destinations == null || destinations.isEmpty()) {
      return null;
    }
    return destinations.stream().map(d -> {
      if (d == null) {
        throw new IllegalArgumentException("a navigation destination cannot be null");
      }
      return d.toWire();
    }).toList();
  }

  /** Reads back what {@link #toWire(List)} made. */
  @SuppressWarnings("unchecked")
  static List<NavigationDestination> fromWire(Object wire) {
    if (wire == null) {
      return List.of();
    }
    return ((List<Map<String, String>>) wire).stream()
        .map(d -> new NavigationDestination(d.get("icon"), d.get("selectedIcon"), d.get("label")))
        .toList();
  }

  private Map<String, String> toWire() {
    Map<String, String> map = new LinkedHashMap<>();
    if (icon != null) {
      map.put("icon", icon);
    }
    if (selectedIcon != null) {
      map.put("selectedIcon", selectedIcon);
    }
    map.put("label", label);
    return Collections.unmodifiableMap(map);
  }
}
