package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;

/**
 * A list row that opens to show more controls (Flet's {@code ExpansionTile}): a leading control,
 * a title and subtitle, and an arrow (or a trailing control of the app's) in a header the user
 * clicks, or focuses and presses Enter or Space. {@link #expanded()} follows the user, like a
 * checkbox's value, and {@link #onChange} hears each change.
 *
 * <p>On the wire its children are {@code slot} controls named {@code leading}, {@code title},
 * {@code subtitle}, {@code trailing} and {@code controls} (docs/controls.md).
 */
public final class ExpansionTile extends Control<ExpansionTile> {

  private final NamedSlots slots =
      new NamedSlots(childList(), "leading", "title", "subtitle", "trailing", "controls");

  /** A tile titled by a control (usually a {@link Text}). */
  public ExpansionTile(Control<?> title) {
    super(5);
    title(title);
    slots.require("controls", Integer.MAX_VALUE);
  }

  /** A tile titled by a text. */
  public ExpansionTile(String title) {
    this(new Text(title));
  }

  @Override
  protected String type() {
    return "expansionTile";
  }

  public Control<?> title() {
    return slots.get("title");
  }

  public ExpansionTile title(Control<?> title) {
    if (title == null) {
      throw new IllegalArgumentException("an ExpansionTile needs a title");
    }
    slots.put("title", title);
    return this;
  }

  public Control<?> subtitle() {
    return slots.get("subtitle");
  }

  /** A second line under the title; null removes it. */
  public ExpansionTile subtitle(Control<?> subtitle) {
    slots.put("subtitle", subtitle);
    return this;
  }

  public Control<?> leading() {
    return slots.get("leading");
  }

  /** A control before the title (an icon, an avatar); null removes it. */
  public ExpansionTile leading(Control<?> leading) {
    slots.put("leading", leading);
    return this;
  }

  public Control<?> trailing() {
    return slots.get("trailing");
  }

  /**
   * A control after the title, in place of the arrow; null brings the arrow back. It is part of
   * the header, which is one button: give it nothing clickable of its own.
   */
  public ExpansionTile trailing(Control<?> trailing) {
    slots.put("trailing", trailing);
    return this;
  }

  /** What the tile shows when open: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return slots.require("controls", Integer.MAX_VALUE).controls();
  }

  /** Whether the tile is open now: set by the app, and by the user's clicks. */
  public boolean expanded() {
    return get("expanded") != null;
  }

  public ExpansionTile expanded(boolean expanded) {
    return set("expanded", expanded ? Boolean.TRUE : null);
  }

  public boolean initiallyExpanded() {
    return get("initiallyExpanded") != null;
  }

  /** Flet's {@code initially_expanded}: whether the tile starts open; sets {@link #expanded} too. */
  public ExpansionTile initiallyExpanded(boolean expanded) {
    set("initiallyExpanded", expanded ? Boolean.TRUE : null);
    return expanded(expanded);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The tile's colour while open; none by default. */
  public ExpansionTile bgcolor(String color) {
    return set("bgcolor", color);
  }

  public String collapsedBgcolor() {
    return (String) get("collapsedBgcolor");
  }

  /** The tile's colour while closed; none by default. */
  public ExpansionTile collapsedBgcolor(String color) {
    return set("collapsedBgcolor", color);
  }

  /** Runs when the user opens or closes the tile; {@link #expanded()} is already the new state. */
  public ExpansionTile onChange(EventHandler<ExpansionTile> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public ExpansionTile onChangeAsync(AsyncEventHandler<ExpansionTile> handler) {
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
    if (!(data instanceof Boolean open)) {
      return "the data of change on an expansionTile must be a boolean (whether it is open), not " + data;
    }
    putSilently("expanded", open ? Boolean.TRUE : null);
    return null;
  }
}
