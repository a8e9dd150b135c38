package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * A scrolling list of controls, one below the other (or side by side when {@link #horizontal}),
 * that stays fast at any length: the browser builds only the items in view and a few around them
 * (see {@link ScrollableList}). Give it a height or {@code expand} to make it its own scroller;
 * without one it grows with its items and the page scrolls, still building only what is seen.
 */
public final class ListView extends ScrollableList<ListView> {

  public ListView(Control<?>... controls) {
    super(controls);
  }

  @Override
  protected String type() {
    return "listView";
  }

  public Number itemExtent() {
    return (Number) get("itemExtent");
  }

  /**
   * The size of every item along the scrolling axis, in pixels, when they all have the same: the
   * browser then knows where each one is without measuring. Null (the default): measured.
   */
  public ListView itemExtent(Number extent) {
    return set("itemExtent", positive("itemExtent", extent));
  }
}
