package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of a Material 3 list: a leading control (an icon, an avatar), a title with an optional
 * subtitle below it, and a trailing control (a meta text, an icon button). With a click handler
 * it is a button-like row: focusable, Enter and Space click it, with a ripple.
 *
 * <p>Its children are the filled slots in the order leading, title, subtitle, trailing; the
 * {@code slots} property names them, so the browser knows which child goes where.
 */
public final class ListTile extends Control<ListTile> {

  /** The slots in the order their controls appear among the children. */
  private static final List<String> SLOTS = List.of("leading", "title", "subtitle", "trailing");

  public ListTile() {
    super(SLOTS.size());
  }

  /** A tile with {@code title} as its title. */
  public ListTile(Control<?> title) {
    this();
    title(title);
  }

  /** A tile titled with a {@link Text} of {@code title}. */
  public ListTile(String title) {
    this(new Text(title));
  }

  @Override
  protected String type() {
    return "listTile";
  }

  public Control<?> leading() {
    return slot("leading");
  }

  /** The control before the title (an icon, an avatar, a checkbox); null removes it. */
  public ListTile leading(Control<?> leading) {
    return slot("leading", leading);
  }

  public Control<?> title() {
    return slot("title");
  }

  /** The main line (usually a {@link Text}); null removes it. */
  public ListTile title(Control<?> title) {
    return slot("title", title);
  }

  public Control<?> subtitle() {
    return slot("subtitle");
  }

  /** The line below the title, in a smaller and quieter style; null removes it. */
  public ListTile subtitle(Control<?> subtitle) {
    return slot("subtitle", subtitle);
  }

  public Control<?> trailing() {
    return slot("trailing");
  }

  /** The control at the end of the row; null removes it. */
  public ListTile trailing(Control<?> trailing) {
    return slot("trailing", trailing);
  }

  public boolean selected() {
    return get("selected") != null;
  }

  /** Shows the tile as the selected one (the secondary container colour, aria-current). */
  public ListTile selected(boolean selected) {
    return set("selected", selected ? Boolean.TRUE : null);
  }

  public boolean dense() {
    return get("dense") != null;
  }

  /** A shorter row with smaller text. */
  public ListTile dense(boolean dense) {
    return set("dense", dense ? Boolean.TRUE : null);
  }

  /** Space inside the row: a number, or [left, top, right, bottom]; null: 16 px at the sides. */
  public Object contentPadding() {
    return get("contentPadding");
  }

  public ListTile contentPadding(Number all) {
    return set("contentPadding", ScrollableList.nonNegative("contentPadding", all));
  }

  public ListTile contentPadding(int left, int top, int right, int bottom) {
    for (int side : new int[] {left, top, right, bottom}) {
      ScrollableList.nonNegative("contentPadding", side);
    }
    return set("contentPadding", List.of(left, top, right, bottom));
  }

  public ListTile onClick(EventHandler<ListTile> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public ListTile onClickAsync(AsyncEventHandler<ListTile> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (ControlEvent.CLICK.equals(event) && data != null) {
      return "click on a listTile carries no data, not " + data;
    }
    return null;
  }

  // ------------------------------------------------------------------ slots

  @SuppressWarnings("unchecked")
  private List<String> filled() {
    Object v = get("slots");
    return v == null ? List.of() : (List<String>) v;
  }

  private Control<?> slot(String name) {
    int at = filled().indexOf(name);
    return at < 0 ? null : childList().get(at);
  }

  /** Fills, replaces or empties a slot in place, keeping the children in slot order. */
  private ListTile slot(String name, Control<?> control) {
    List<String> names = new ArrayList<>(filled());
    List<Control<?>> all = childList();
    int at = names.indexOf(name);
    if (at >= 0) {
      if (control == null) {
        all.remove(at);
        names.remove(at);
      } else {
        all.set(at, control);
      }
    } else if (control != null) {
      int rank = SLOTS.indexOf(name);
      int insertAt = 0;
      while (insertAt < names.size() && SLOTS.indexOf(names.get(insertAt)) < rank) {
        insertAt++;
      }
      all.add(insertAt, control);
      names.add(insertAt, name);
    }
    return set("slots", names.isEmpty() ? null : List.copyOf(names));
  }
}
