package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * Material 3's navigation rail: the app's top destinations stacked down the side, one of them
 * selected, with optional controls above ({@link #leading}, e.g. a menu button or a floating
 * action button) and below ({@link #trailing}) them (Flet's {@code NavigationRail}). It shares
 * {@link NavigationDestination} with {@link NavigationBar} and behaves like it in the browser: a
 * {@code navigation} landmark around a vertical {@code tablist}, the arrow keys (up and down),
 * Home and End moving among the destinations, Enter or Space selecting.
 *
 * <p>Its children are the leading control (if any), then the trailing control (if any).
 */
public final class NavigationRail extends NavigationControl<NavigationRail> {

  public NavigationRail(NavigationDestination... destinations) {
    super(2);
    destinations(List.of(destinations));
  }

  @Override
  String what() {
    return "navigation rail";
  }

  @Override
  protected String type() {
    return "navigationRail";
  }

  public boolean extended() {
    return get("extended") != null;
  }

  /** A wide rail showing each label beside its icon (the label type does not apply then). */
  public NavigationRail extended(boolean extended) {
    return set("extended", extended ? Boolean.TRUE : null);
  }

  public NavigationRailLabelType labelType() {
    return fromWire(NavigationRailLabelType.class, get("labelType"), NavigationRailLabelType.NONE);
  }

  public NavigationRail labelType(NavigationRailLabelType type) {
    return set("labelType", type == null || type == NavigationRailLabelType.NONE ? null : wire(type));
  }

  /** The control above the destinations, or null. */
  public Control<?> leading() {
    return get("leading") == null ? null : childList().get(0);
  }

  /** Puts a control above the destinations (e.g. a menu button); null removes it. */
  public NavigationRail leading(Control<?> leading) {
    boolean present = get("leading") != null;
    replace(0, present, leading);
    return set("leading", leading == null ? null : Boolean.TRUE);
  }

  /** The control below the destinations, or null. */
  public Control<?> trailing() {
    return get("trailing") == null ? null : childList().get(childList().size() - 1);
  }

  /** Puts a control below the destinations; null removes it. */
  public NavigationRail trailing(Control<?> trailing) {
    boolean present = get("trailing") != null;
    replace(get("leading") == null ? 0 : 1, present, trailing);
    return set("trailing", trailing == null ? null : Boolean.TRUE);
  }

  private void replace(int at, boolean present, Control<?> control) {
    List<Control<?>> all = childList();
    if (control == null) {
      if (present) {
        all.remove(at);
      }
    } else if (present) {
      all.set(at, control);
    } else {
      all.add(at, control);
    }
  }
}
