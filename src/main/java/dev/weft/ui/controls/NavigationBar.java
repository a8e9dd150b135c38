package dev.weft.ui.controls;

import java.util.List;

/**
 * Material 3's navigation bar: the app's top destinations side by side, each an icon and a label,
 * one of them selected (Flet's {@code NavigationBar}). It sits where it is placed in the tree;
 * put it last in a view or column for a bar at the bottom.
 *
 * <p>The browser gets a {@code navigation} landmark holding a {@code tablist} of {@code tab}s, as
 * Material's own web components draw it: the selected destination has {@code aria-selected}; Tab
 * reaches it, the arrow keys, Home and End move among the destinations and Enter or Space selects
 * one. A selection by the user updates {@link #selectedIndex()} on the server (even without a
 * handler) and runs {@link #onChange}.
 */
public final class NavigationBar extends NavigationControl<NavigationBar> {

  public NavigationBar(NavigationDestination... destinations) {
    destinations(List.of(destinations));
  }

  @Override
  String what() {
    return "navigation bar";
  }

  @Override
  protected String type() {
    return "navigationBar";
  }

  public NavigationBarLabelBehavior labelBehavior() {
    return fromWire(NavigationBarLabelBehavior.class, get("labelBehavior"), NavigationBarLabelBehavior.ALWAYS_SHOW);
  }

  public NavigationBar labelBehavior(NavigationBarLabelBehavior behavior) {
    return set("labelBehavior",
        behavior == null || behavior == NavigationBarLabelBehavior.ALWAYS_SHOW ? null : wire(behavior));
  }
}
