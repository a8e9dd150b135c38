package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
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
public final class NavigationBar extends Control<NavigationBar> {

  public NavigationBar(NavigationDestination... destinations) {
    destinations(List.of(destinations));
  }

  @Override
  protected String type() {
    return "navigationBar";
  }

  public List<NavigationDestination> destinations() {
    return NavigationDestination.fromWire(get("destinations"));
  }

  public NavigationBar destinations(List<NavigationDestination> destinations) {
    return set("destinations", NavigationDestination.toWire(destinations));
  }

  /** The selected destination's index; 0 by default. */
  public int selectedIndex() {
    return SelectedIndex.read(get("selectedIndex"));
  }

  /** Selects a destination; an index past the last selects none in the browser. */
  public NavigationBar selectedIndex(int index) {
    return set("selectedIndex", SelectedIndex.wire(index, "navigation bar"));
  }

  public NavigationBarLabelBehavior labelBehavior() {
    return fromWire(NavigationBarLabelBehavior.class, get("labelBehavior"), NavigationBarLabelBehavior.ALWAYS_SHOW);
  }

  public NavigationBar labelBehavior(NavigationBarLabelBehavior behavior) {
    return set("labelBehavior",
        behavior == null || behavior == NavigationBarLabelBehavior.ALWAYS_SHOW ? null : wire(behavior));
  }

  public String label() {
    return (String) get("label");
  }

  /**
   * The navigation landmark's name ({@code aria-label}), e.g. "Main": needed when a page has more
   * than one navigation landmark, so screen-reader users can tell them apart.
   */
  public NavigationBar label(String label) {
    return set("label", label == null || label.isEmpty() ? null : label);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The bar's colour; the default is the surface-container colour. */
  public NavigationBar bgcolor(String color) {
    return set("bgcolor", color);
  }

  /** Runs when the user selects a destination; {@link #selectedIndex()} is already the new one. */
  public NavigationBar onChange(EventHandler<NavigationBar> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public NavigationBar onChangeAsync(AsyncEventHandler<NavigationBar> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event)) {
      return null;
    }
    String refused = SelectedIndex.refusal(data, destinations().size(), "navigation bar", "destinations");
    if (refused == null) {
      putSilently("selectedIndex", SelectedIndex.wire(((Number) data).intValue(), "navigation bar"));
    }
    return refused;
  }
}
