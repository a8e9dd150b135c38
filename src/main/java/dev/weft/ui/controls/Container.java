package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;

/** A box around at most one control: padding, colour, border, rounded corners, a shadow. */
public final class Container extends Control<Container> {

  public Container() {
    super(1);
  }

  public Container(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "container";
  }

  /** The control inside, or null. */
  public Control<?> content() {
    return ContentSlot.sole(childList());
  }

  /** Puts a control inside, replacing the one there; null empties the container. */
  public Container content(Control<?> content) {
    ContentSlot.putSole(childList(), content);
    return this;
  }

  public Object padding() {
    return get("padding");
  }

  /** Inner space on all sides. */
  public Container padding(int all) {
    return set("padding", all);
  }

  public Container padding(int left, int top, int right, int bottom) {
    return set("padding", List.of(left, top, right, bottom));
  }

  public Object margin() {
    return get("margin");
  }

  public Container margin(int all) {
    return set("margin", all);
  }

  public Container margin(int left, int top, int right, int bottom) {
    return set("margin", List.of(left, top, right, bottom));
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  public Container bgcolor(String color) {
    return set("bgcolor", color);
  }

  public Number borderRadius() {
    return (Number) get("borderRadius");
  }

  public Container borderRadius(Number radius) {
    return set("borderRadius", radius);
  }

  public String border() {
    return (String) get("border");
  }

  /** A CSS border, e.g. {@code "1px solid outline"}; theme roles work as the colour. */
  public Container border(String border) {
    return set("border", border);
  }

  public Alignment alignment() {
    return fromWire(Alignment.class, get("alignment"), null);
  }

  public Container alignment(Alignment alignment) {
    return set("alignment", wire(alignment));
  }

  public int elevation() {
    Object v = get("elevation");
    return v == null ? 0 : (Integer) v;
  }

  /** Shadow depth, 0 to 5. */
  public Container elevation(int elevation) {
    if (elevation < 0 || elevation > 5) {
      throw new IllegalArgumentException("elevation must be 0 to 5, not " + elevation);
    }
    return set("elevation", elevation == 0 ? null : elevation);
  }

  public boolean ink() {
    return get("ink") != null;
  }

  /** A ripple when clicked. */
  public Container ink(boolean ink) {
    return set("ink", ink ? Boolean.TRUE : null);
  }

  public Container onClick(EventHandler<Container> handler) {
    return on(ControlEvent.CLICK, handler);
  }

  public Container onClickAsync(AsyncEventHandler<Container> handler) {
    return onAsync(ControlEvent.CLICK, handler);
  }
}
