package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * A Material 3 card: a surface with rounded corners (12 px) holding one control, usually a
 * {@link Column} of {@link ListTile}s or texts. Elevated (a shadow, the default), filled (a
 * tinted surface) or outlined (a border).
 */
public final class Card extends Control<Card> {

  public Card() {
    super(1);
  }

  public Card(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "card";
  }

  /** The control inside, or null. */
  public Control<?> content() {
    List<Control<?>> list = childList();
    return list.isEmpty() ? null : list.get(0);
  }

  /** Puts a control inside, replacing the one there; null empties the card. */
  public Card content(Control<?> content) {
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  public CardVariant variant() {
    return fromWire(CardVariant.class, get("variant"), CardVariant.ELEVATED);
  }

  public Card variant(CardVariant variant) {
    return set("variant", variant == null || variant == CardVariant.ELEVATED ? null : wire(variant));
  }

  /** The shadow depth 0 to 5, or null for the variant's own (1 for elevated, 0 otherwise). */
  public Integer elevation() {
    return (Integer) get("elevation");
  }

  public Card elevation(Integer elevation) {
    if (elevation != null && (elevation < 0 || elevation > 5)) {
      throw new IllegalArgumentException("elevation must be 0 to 5, not " + elevation);
    }
    return set("elevation", elevation);
  }

  public String color() {
    return (String) get("color");
  }

  /** The card's colour (a CSS colour or a theme role); null: the variant's surface colour. */
  public Card color(String color) {
    return set("color", color);
  }

  /** Space outside the card: a number or [left, top, right, bottom]; null: none. */
  public Object margin() {
    return get("margin");
  }

  public Card margin(Number all) {
    return set("margin", ScrollableList.nonNegative("margin", all));
  }

  public Card margin(int left, int top, int right, int bottom) {
    return set("margin", List.of(left, top, right, bottom));
  }

  public Number borderRadius() {
    Object v = get("borderRadius");
    return v == null ? 12 : (Number) v;
  }

  /** The corners' radius in pixels; 12 (Material 3's medium shape) by default. */
  public Card borderRadius(Number radius) {
    ScrollableList.nonNegative("borderRadius", radius);
    return set("borderRadius", radius == null || radius.doubleValue() == 12 ? null : radius);
  }
}
