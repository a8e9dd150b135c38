package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;

/**
 * A compact Material chip (Flet's {@code Chip}), one of three kinds by what is set:
 * <ul>
 *   <li>an assist chip: {@link #onClick} only, a plain button;</li>
 *   <li>a filter or choice chip: {@link #selected(boolean)} set, a toggle button (aria-pressed);
 *       the browser flips it and sends {@code select} with the new boolean, taken even without a
 *       handler so {@link #selected()} stays current;</li>
 *   <li>an input chip: {@link #onDelete} set, which adds a delete button named "Delete
 *       <i>label</i>" (or {@link #deleteIconTooltip()}); Backspace or Delete on the chip too.</li>
 * </ul>
 */
public final class Chip extends Control<Chip> {

  /** The event of a filter chip flipped: Flet's {@code on_select}. */
  public static final String SELECT = "select";
  /** The event of an input chip's delete button: Flet's {@code on_delete}. */
  public static final String DELETE = "delete";

  public Chip(String label) {
    label(label);
  }

  @Override
  protected String type() {
    return "chip";
  }

  public String label() {
    return (String) get("label");
  }

  public Chip label(String label) {
    return set("label", label);
  }

  /** A Material icon name shown before the label (a selected filter chip shows a check instead). */
  public String leadingIcon() {
    return (String) get("leadingIcon");
  }

  public Chip leadingIcon(String icon) {
    return set("leadingIcon", icon);
  }

  /** Whether a filter chip is on; false as well for a chip that is no filter chip. */
  public boolean selected() {
    return Boolean.TRUE.equals(get("selected"));
  }

  /**
   * Makes the chip a filter chip, on or off. Set it when the chip is made, so it is a toggle from
   * the start.
   */
  public Chip selected(boolean selected) {
    return set("selected", selected);
  }

  /** Whether this is a filter chip: {@link #selected(boolean)} was set. */
  public boolean selectable() {
    return get("selected") != null;
  }

  /** Whether a selected filter chip shows a check mark. */
  public boolean showCheckmark() {
    return get("showCheckmark") == null;
  }

  public Chip showCheckmark(boolean show) {
    return set("showCheckmark", show ? null : Boolean.FALSE);
  }

  /**
   * The delete button's accessible name (Flet's {@code delete_icon_tooltip}); "Delete " + the
   * label when null.
   */
  public String deleteIconTooltip() {
    return (String) get("deleteIconTooltip");
  }

  public Chip deleteIconTooltip(String tooltip) {
    return set("deleteIconTooltip", tooltip);
  }

  public Chip onClick(EventHandler<Chip> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public Chip onClickAsync(AsyncEventHandler<Chip> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }

  public Chip onSelect(EventHandler<Chip> handler) {
    return on(SELECT, handler);
  }

  public Chip onSelectAsync(AsyncEventHandler<Chip> handler) {
    return onAsync(SELECT, handler);
  }

  public Chip onDelete(EventHandler<Chip> handler) {
    return on(DELETE, handler);
  }

  public Chip onDeleteAsync(AsyncEventHandler<Chip> handler) {
    return onAsync(DELETE, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return SELECT.equals(event) && selectable();
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!SELECT.equals(event)) {
      return null;
    }
    if (!selectable()) {
      return "chip \"" + label() + "\" is not a filter chip (selected was never set)";
    }
    if (!(data instanceof Boolean on)) {
      return "the data of select on a chip must be a boolean";
    }
    putSilently("selected", on);
    return null;
  }
}
