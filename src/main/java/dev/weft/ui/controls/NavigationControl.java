package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * What {@link NavigationBar} and {@link NavigationRail} share: destinations, one of them selected,
 * the landmark's name, the colour, and the user's selection taken on the server (even without a
 * handler) before {@link #onChange} runs.
 *
 * @param <C> the control's own type
 */
public abstract class NavigationControl<C extends NavigationControl<C>> extends Control<C> {

  /** A control without children. */
  NavigationControl() {
  }

  /** A control with at most {@code maxChildren} children (the rail's leading and trailing). */
  NavigationControl(int maxChildren) {
    super(maxChildren);
  }

  /** What the control is called in errors, e.g. "navigation bar". */
  abstract String what();

  public List<NavigationDestination> destinations() {
    return NavigationDestination.fromWire(get("destinations"));
  }

  public C destinations(List<NavigationDestination> destinations) {
    return set("destinations", NavigationDestination.toWire(destinations));
  }

  /** The selected destination's index; 0 by default. */
  public int selectedIndex() {
    return SelectedIndex.read(get("selectedIndex"));
  }

  /** Selects a destination; an index past the last selects none in the browser. */
  public C selectedIndex(int index) {
    return set("selectedIndex", SelectedIndex.wire(index, what()));
  }

  public String label() {
    return (String) get("label");
  }

  /**
   * The navigation landmark's name ({@code aria-label}), e.g. "Main": needed when a page has more
   * than one navigation landmark, so screen-reader users can tell them apart.
   */
  public C label(String label) {
    return set("label", label == null || label.isEmpty() ? null : label);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The control's colour; the default is the bar's surface-container or the rail's surface. */
  public C bgcolor(String color) {
    return set("bgcolor", color);
  }

  /** Runs when the user selects a destination; {@link #selectedIndex()} is already the new one. */
  public C onChange(EventHandler<C> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public C onChangeAsync(AsyncEventHandler<C> handler) {
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
    String refused = SelectedIndex.refusal(data, destinations().size(), what(), "destinations");
    if (refused == null) {
      putSilently("selectedIndex", SelectedIndex.wire(((Number) data).intValue(), what()));
    }
    return refused;
  }
}
