package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import dev.weft.ui.Overlay;
import java.util.List;

/**
 * Material's modal navigation drawer (Flet's {@code NavigationDrawer}): a list of destinations
 * sliding in from the start or the end of the window over a scrim ({@link #position}). Open it
 * with {@code page.open(drawer)}; Escape and a click on the scrim close it. A click on a
 * destination selects it and sends {@code change} (data: its index), which {@link
 * #selectedIndex()} follows; the drawer stays open, as in Flet, until the app closes it (usually
 * in {@link #onChange}). The browser sees a dialog holding a navigation landmark; the focus moves
 * to the selected destination, the arrow keys move between destinations.
 */
public final class NavigationDrawer extends Overlay<NavigationDrawer> {

  /** The accessible name when none is set (Flutter's, for its drawers). */
  public static final String DEFAULT_LABEL = "Navigation menu";

  /** A drawer of these destinations (the same value type as a navigation bar's and rail's). */
  public NavigationDrawer(NavigationDestination... destinations) {
    destinations(List.of(destinations));
  }

  @Override
  protected String type() {
    return "navigationDrawer";
  }

  public List<NavigationDestination> destinations() {
    return NavigationDestination.fromWire(get("destinations"));
  }

  /** The destinations, top to bottom. */
  public NavigationDrawer destinations(List<NavigationDestination> destinations) {
    return set("destinations", NavigationDestination.toWire(destinations));
  }

  public int selectedIndex() {
    Object v = get("selectedIndex");
    return v == null ? 0 : (Integer) v;
  }

  /** The selected destination's index (shown with Material's indicator); -1 for none; 0 by default. */
  public NavigationDrawer selectedIndex(int index) {
    if (index < -1) {
      throw new IllegalArgumentException("a drawer's selectedIndex is -1 (none) or more, not " + index);
    }
    return set("selectedIndex", index == 0 ? null : index);
  }

  public DrawerPosition position() {
    return fromWire(DrawerPosition.class, get("position"), DrawerPosition.START);
  }

  /** The side it slides in from; START by default. */
  public NavigationDrawer position(DrawerPosition position) {
    return set("position", position == null || position == DrawerPosition.START ? null : wire(position));
  }

  public String label() {
    Object v = get("label");
    return v == null ? DEFAULT_LABEL : (String) v;
  }

  /** The accessible name of the drawer and its navigation; "Navigation menu" by default. */
  public NavigationDrawer label(String label) {
    return set("label", label == null || label.isEmpty() || label.equals(DEFAULT_LABEL) ? null : label);
  }

  /** Runs when the user picked a destination: {@link #selectedIndex()} is its index. */
  public NavigationDrawer onChange(EventHandler<NavigationDrawer> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public NavigationDrawer onChangeAsync(AsyncEventHandler<NavigationDrawer> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event) || super.acceptsUnhandled(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    String refused = super.acceptClientValue(event, data);
    if (refused != null || !ControlEvent.CHANGE.equals(event)) {
      return refused;
    }
    int size = destinations().size();
    if (size == 0) {
      return "navigation drawer " + this + " has no destinations to pick";
    }
    if (!(data instanceof Integer || data instanceof Long)
        || ((Number) data).longValue() < 0 || ((Number) data).longValue() >= size) {
      return "the data of change on a navigation drawer must be a destination's index, 0 to "
          + (size - 1) + ", not " + data;
    }
    int index = ((Number) data).intValue();
    putSilently("selectedIndex", index == 0 ? null : index);
    return null;
  }
}
