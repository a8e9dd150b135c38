package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * What {@link ListView} and {@link GridView} share: a long, scrolling run of controls that the
 * browser builds only where they are seen (docs/architecture.md, "Virtual lists"), so a list of
 * 10,000 items costs the browser about what the visible few cost. The server keeps every item as
 * usual; patches to an item the browser has not built yet are applied to its description there.
 *
 * <p>Events: {@code scrollEnd} (data null) once when the user reaches the end, and again only
 * after more items arrive, for "load more"; {@code scroll} (data: the scroll offset in pixels)
 * when the list comes to rest after scrolling, if a handler listens.
 *
 * @param <C> the control's own type
 */
public abstract class ScrollableList<C extends ScrollableList<C>> extends Control<C> {

  /** Sent once when the user scrolls to the end of the list. */
  public static final String SCROLL_END = "scrollEnd";
  /** Sent when the list comes to rest after the user scrolled it, with the offset in pixels. */
  public static final String SCROLL = "scroll";

  ScrollableList(Control<?>... controls) {
    super(Integer.MAX_VALUE);
    childList().addAll(List.of(controls));
  }

  /** The items, first to last: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return childList();
  }

  public Number spacing() {
    Object v = get("spacing");
    return v == null ? 0 : (Number) v;
  }

  /** Space between items along the scrolling axis, in pixels; 0 by default. */
  public C spacing(Number spacing) {
    nonNegative("spacing", spacing);
    return set("spacing", spacing == null || spacing.doubleValue() == 0 ? null : spacing);
  }

  /** Inner space around the items: a number, or [left, top, right, bottom]; null when none. */
  public Object padding() {
    return get("padding");
  }

  public C padding(Number all) {
    return set("padding", nonNegative("padding", all));
  }

  public C padding(int left, int top, int right, int bottom) {
    for (int side : new int[] {left, top, right, bottom}) {
      nonNegative("padding", side);
    }
    return set("padding", List.of(left, top, right, bottom));
  }

  public boolean horizontal() {
    return get("horizontal") != null;
  }

  /** Lays the items out left to right and scrolls sideways. */
  public C horizontal(boolean horizontal) {
    return set("horizontal", horizontal ? Boolean.TRUE : null);
  }

  public boolean autoScroll() {
    return get("autoScroll") != null;
  }

  /**
   * Keeps the end of the list in view as items are added (a chat, a log): the browser scrolls to
   * the end after each update that adds items.
   */
  public C autoScroll(boolean autoScroll) {
    return set("autoScroll", autoScroll ? Boolean.TRUE : null);
  }

  /** Runs {@code handler} when the user reaches the end: once, and again after more items came. */
  public C onScrollEnd(EventHandler<C> handler) {
    return on(SCROLL_END, handler);
  }

  public C onScrollEndAsync(AsyncEventHandler<C> handler) {
    return onAsync(SCROLL_END, handler);
  }

  /** Runs {@code handler} when a scroll comes to rest; {@code e.data()} is the offset in pixels. */
  public C onScroll(EventHandler<C> handler) {
    return on(SCROLL, handler);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (SCROLL_END.equals(event) && data != null) {
      return "scrollEnd on a " + type() + " carries no data, not " + data;
    }
    if (SCROLL.equals(event)
        && !(data instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0)) {
      return "the data of scroll on a " + type() + " must be a number of pixels (0 or more), not " + data;
    }
    return null;
  }

  /** {@code value} when it is null or at least 0, else an exception naming {@code what}. */
  static Number nonNegative(String what, Number value) {
    if (value != null && !(Double.isFinite(value.doubleValue()) && value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(what + " must be 0 or more, not " + value);
    }
    return value;
  }

  /** {@code value} when it is null or above 0, else an exception naming {@code what}. */
  static Number positive(String what, Number value) {
    if (value != null && !(Double.isFinite(value.doubleValue()) && value.doubleValue() > 0)) {
      throw new IllegalArgumentException(what + " must be more than 0, not " + value);
    }
    return value;
  }
}
