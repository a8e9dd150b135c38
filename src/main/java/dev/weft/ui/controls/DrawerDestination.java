package dev.weft.ui.controls;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One destination of a {@link NavigationDrawer} (Flet's {@code NavigationDrawerDestination}).
 * Named apart from the {@code NavigationDestination} of navigation bars and rails, which do not
 * share the drawer's look.
 *
 * @param icon a Material icon name, or null for none
 * @param label what the user reads (and a screen reader says); required
 * @param selectedIcon the icon while selected, or null to keep {@code icon}
 */
public record DrawerDestination(String icon, String label, String selectedIcon) {

  public DrawerDestination {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a drawer destination needs a label");
    }
    icon = icon == null || icon.isEmpty() ? null : icon;
    selectedIcon = selectedIcon == null || selectedIcon.isEmpty() ? null : selectedIcon;
  }

  /** A destination with an icon and a label. */
  public static DrawerDestination of(String icon, String label) {
    return new DrawerDestination(icon, label, null);
  }

  /** The destination as it goes on the wire: a JSON object without nulls. */
  Map<String, String> toWire() {
    Map<String, String> wire = new LinkedHashMap<>();
    wire.put("label", label);
    if (icon != null) {
      wire.put("icon", icon);
    }
    if (selectedIcon != null) {
      wire.put("selectedIcon", selectedIcon);
    }
    return Map.copyOf(wire);
  }

  static DrawerDestination fromWire(Map<String, String> wire) {
    return new DrawerDestination(wire.get("icon"), wire.get("label"), wire.get("selectedIcon"));
  }
}
