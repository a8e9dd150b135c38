package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * Panels that open and close one by one, drawn as one raised surface split by dividers (Flet's
 * {@code ExpansionPanelList}). The user toggles a panel with its arrow button (or its header, see
 * {@link ExpansionPanel#canTapHeader}); the panel's {@code expanded} follows, and {@link #onChange}
 * hears it with the panel's index as the event's data (an {@code Integer}).
 */
public final class ExpansionPanelList extends Control<ExpansionPanelList> {

  private final List<Control<?>> panels = new ChildrenOf(childList(),
      c -> c instanceof ExpansionPanel, "an ExpansionPanelList", "ExpansionPanel");

  public ExpansionPanelList(ExpansionPanel... panels) {
    super(Integer.MAX_VALUE);
    this.panels.addAll(List.of(panels));
  }

  @Override
  protected String type() {
    return "expansionPanelList";
  }

  /** The panels, top to bottom: a live list taking only {@link ExpansionPanel}s. */
  public List<Control<?>> controls() {
    return panels;
  }

  public int expandedHeaderPadding() {
    Object v = get("expandedHeaderPadding");
    return v == null ? 16 : (Integer) v;
  }

  /** Space added above and below an open panel's header; 16 by default (Flutter's). */
  public ExpansionPanelList expandedHeaderPadding(int padding) {
    if (padding < 0) {
      throw new IllegalArgumentException("expandedHeaderPadding must be 0 or more, not " + padding);
    }
    return set("expandedHeaderPadding", padding == 16 ? null : padding);
  }

  public String dividerColor() {
    return (String) get("dividerColor");
  }

  /** The colour of the lines between closed panels; the outline variant role by default. */
  public ExpansionPanelList dividerColor(String color) {
    return set("dividerColor", color);
  }

  public int elevation() {
    Object v = get("elevation");
    return v == null ? 2 : (Integer) v;
  }

  /** Shadow depth of the panels, 0 to 5; 2 by default. */
  public ExpansionPanelList elevation(int elevation) {
    if (elevation < 0 || elevation > 5) {
      throw new IllegalArgumentException("elevation must be 0 to 5, not " + elevation);
    }
    return set("elevation", elevation == 2 ? null : elevation);
  }

  /**
   * Runs when the user opened or closed a panel; the event's data is its index (an Integer) and the
   * panel's {@code expanded} is already the new state.
   */
  public ExpansionPanelList onChange(EventHandler<ExpansionPanelList> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public ExpansionPanelList onChangeAsync(AsyncEventHandler<ExpansionPanelList> handler) {
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
    if (!(data instanceof Integer || data instanceof Long) || ((Number) data).longValue() < 0
        || ((Number) data).longValue() >= panels.size()) {
      return "the data of change on an expansionPanelList must be a panel's index, 0 to "
          + (panels.size() - 1) + ", not " + data;
    }
    ExpansionPanel panel = (ExpansionPanel) panels.get(((Number) data).intValue());
    if (panel.disabled()) {
      return "panel " + data + " of " + this + " is disabled";
    }
    panel.userToggled();
    return null;
  }
}
