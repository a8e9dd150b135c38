package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * A Material search bar with a view of suggestions below it (Flet's {@code SearchBar}): the
 * suggestions are its child {@link #controls()}, which the app usually rebuilds in its change
 * handler as the user types. In the browser it is a combobox with a listbox: arrows move through
 * the suggestions (aria-activedescendant), Enter or a click chooses one, Escape closes the view.
 * Choosing one puts its text in the bar, sends {@code change}, clicks the suggestion (so one with
 * its own click handler, as in Flet, gets it) and sends {@code select} with its index; Enter with
 * no suggestion active sends {@code submit}.
 */
public final class SearchBar extends Control<SearchBar> {

  /** The event of a suggestion chosen; its data is the suggestion's index. */
  public static final String SELECT = "select";

  /** The event of the bar tapped or clicked: Flet's {@code on_tap}. */
  public static final String TAP = "tap";

  // set under the page lock by the event's dispatch, read by the handler on its own thread
  private volatile Control<?> selection;

  public SearchBar(Control<?>... suggestions) {
    super(Integer.MAX_VALUE);
    childList().addAll(List.of(suggestions));
  }

  @Override
  protected String type() {
    return "searchBar";
  }

  /** The suggestions, live: changes show in the open view. */
  public List<Control<?>> controls() {
    return childList();
  }

  public String value() {
    Object v = get("value");
    return v == null ? "" : (String) v;
  }

  public SearchBar value(String value) {
    return set("value", value == null || value.isEmpty() ? null : value);
  }

  /** The placeholder, and the bar's accessible name. */
  public String barHintText() {
    return (String) get("barHintText");
  }

  public SearchBar barHintText(String hint) {
    return set("barHintText", hint);
  }

  /** The suggestion the user chose last (set before the select handler runs), or null. */
  public Control<?> selection() {
    return selection;
  }

  public SearchBar onChange(EventHandler<SearchBar> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public SearchBar onChangeAsync(AsyncEventHandler<SearchBar> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  /** Enter in the bar with no suggestion active. */
  public SearchBar onSubmit(EventHandler<SearchBar> handler) {
    return on(ControlEvent.SUBMIT, handler);
  }

  public SearchBar onSubmitAsync(AsyncEventHandler<SearchBar> handler) {
    return onAsync(ControlEvent.SUBMIT, handler);
  }

  /** A suggestion chosen; {@link #selection()} is it. */
  public SearchBar onSelect(EventHandler<SearchBar> handler) {
    return on(SELECT, handler);
  }

  public SearchBar onSelectAsync(AsyncEventHandler<SearchBar> handler) {
    return onAsync(SELECT, handler);
  }

  /** The bar tapped or clicked (Flet's {@code on_tap}), e.g. to fill the suggestions before typing. */
  public SearchBar onTap(EventHandler<SearchBar> handler) {
    return on(TAP, handler);
  }

  public SearchBar onTapAsync(AsyncEventHandler<SearchBar> handler) {
    return onAsync(TAP, handler);
  }

  public SearchBar onFocus(EventHandler<SearchBar> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public SearchBar onBlur(EventHandler<SearchBar> handler) {
    return on(ControlEvent.BLUR, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (SELECT.equals(event)) {
      List<Control<?>> all = childList();
      if (!(data instanceof Integer || data instanceof Long)
          || ((Number) data).longValue() < 0 || ((Number) data).longValue() >= all.size()) {
        return "the data of select on a search bar must be the index of one of its "
            + all.size() + " suggestions, not " + data;
      }
      selection = all.get(((Number) data).intValue());
      return null;
    }
    boolean carriesValue = ControlEvent.CHANGE.equals(event) || ControlEvent.SUBMIT.equals(event)
        || ControlEvent.BLUR.equals(event) && data != null;
    if (!carriesValue) {
      return null;
    }
    if (!(data instanceof String text)) {
      return "the data of " + event + " on a search bar must be a string";
    }
    putSilently("value", text.isEmpty() ? null : text);
    return null;
  }
}
