package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * One panel of an {@link ExpansionPanelList} (Flet's {@code ExpansionPanel}): a header, always
 * shown, and content shown while the panel is open. Its header's arrow button opens and closes
 * it; with {@link #canTapHeader} the whole header does. {@link #expanded()} follows the user.
 *
 * <p>On the wire its children are {@code slot} controls named {@code header} and {@code content}.
 */
public final class ExpansionPanel extends Control<ExpansionPanel> {

  private final NamedSlots slots = new NamedSlots(childList(), "header", "content");

  public ExpansionPanel() {
    super(2);
  }

  public ExpansionPanel(Control<?> header, Control<?> content) {
    this();
    header(header);
    content(content);
  }

  /** A panel with a text header. */
  public ExpansionPanel(String header, Control<?> content) {
    this(new Text(header), content);
  }

  @Override
  protected String type() {
    return "expansionPanel";
  }

  public Control<?> header() {
    return slots.get("header");
  }

  public ExpansionPanel header(Control<?> header) {
    slots.put("header", header);
    return this;
  }

  public Control<?> content() {
    return slots.get("content");
  }

  public ExpansionPanel content(Control<?> content) {
    slots.put("content", content);
    return this;
  }

  /** Whether the panel is open now: set by the app, and by the user's clicks. */
  public boolean expanded() {
    return get("expanded") != null;
  }

  public ExpansionPanel expanded(boolean expanded) {
    return set("expanded", expanded ? Boolean.TRUE : null);
  }

  /** Called by the list when the user toggled this panel: the browser already shows it. */
  void userToggled() {
    putSilently("expanded", expanded() ? null : Boolean.TRUE);
  }

  public boolean canTapHeader() {
    return get("canTapHeader") != null;
  }

  /** Whether a click anywhere on the header toggles the panel, not only on its arrow. */
  public ExpansionPanel canTapHeader(boolean can) {
    return set("canTapHeader", can ? Boolean.TRUE : null);
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  /** The panel's colour; the surface container colour by default. */
  public ExpansionPanel bgcolor(String color) {
    return set("bgcolor", color);
  }
}
