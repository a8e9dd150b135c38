package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.AbstractList;
import java.util.List;

/**
 * A row of {@link Tab}s over a panel showing the selected tab's content (Flet's {@code Tabs}).
 *
 * <p>The browser draws the WAI-ARIA tabs pattern: a {@code tablist} of {@code tab}s
 * ({@code aria-selected}, {@code aria-controls} naming the tab's {@code tabpanel}, which is
 * {@code aria-labelledby} the tab), one tab stop (the selected tab), Left/Right/Home/End moving to
 * another tab and selecting it at once (automatic activation). A selection by the user updates
 * {@link #selectedIndex()} on the server (even without a handler) and runs {@link #onChange}.
 *
 * <p>Its children are its tabs, nothing else.
 */
public final class Tabs extends Control<Tabs> {

  private final List<Tab> tabs = new TabList();

  public Tabs(Tab... tabs) {
    super(Integer.MAX_VALUE);
    this.tabs.addAll(List.of(tabs));
  }

  @Override
  protected String type() {
    return "tabs";
  }

  /** The tabs, in order: a live list, sent on the next update. */
  public List<Tab> tabs() {
    return tabs;
  }

  /** Replaces the tabs. */
  public Tabs tabs(Tab... replacement) {
    tabs.clear();
    tabs.addAll(List.of(replacement));
    return this;
  }

  /** The selected tab's index; 0 by default. */
  public int selectedIndex() {
    return SelectedIndex.read(get("selectedIndex"));
  }

  /** Selects a tab; an index past the last shows no panel. */
  public Tabs selectedIndex(int index) {
    return set("selectedIndex", SelectedIndex.wire(index, "tabs control"));
  }

  public boolean scrollable() {
    return get("scrollable") == null;
  }

  /**
   * Whether the tab row scrolls sideways, each tab as wide as its label (true, the default, as in
   * Flet), or the tabs share the row's width equally (Material's fixed tabs).
   */
  public Tabs scrollable(boolean scrollable) {
    return set("scrollable", scrollable ? null : Boolean.FALSE);
  }

  /** Runs when the user selects a tab; {@link #selectedIndex()} is already the new one. */
  public Tabs onChange(EventHandler<Tabs> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public Tabs onChangeAsync(AsyncEventHandler<Tabs> handler) {
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
    String refused = SelectedIndex.refusal(data, childList().size(), "tabs control", "tabs");
    if (refused == null) {
      putSilently("selectedIndex", SelectedIndex.wire(((Number) data).intValue(), "tabs control"));
    }
    return refused;
  }

  /** The child list, typed: only tabs go in. */
  private final class TabList extends AbstractList<Tab> {

    @Override
    public Tab get(int index) {
      return (Tab) childList().get(index);
    }

    @Override
    public int size() {
      return childList().size();
    }

    @Override
    public void add(int index, Tab tab) {
      childList().add(index, requireTab(tab));
    }

    @Override
    public Tab set(int index, Tab tab) {
      return (Tab) childList().set(index, requireTab(tab));
    }

    @Override
    public Tab remove(int index) {
      return (Tab) childList().remove(index);
    }

    private Tab requireTab(Tab tab) {
      if (tab == null) {
        throw new IllegalArgumentException("a tabs control holds tabs, not null");
      }
      return tab;
    }
  }
}
