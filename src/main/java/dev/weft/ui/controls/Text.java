package dev.weft.ui.controls;

import dev.weft.ui.Control;

/** A run of text. */
public final class Text extends Control<Text> {

  public Text() {
  }

  public Text(String value) {
    value(value);
  }

  @Override
  protected String type() {
    return "text";
  }

  public String value() {
    Object v = get("value");
    return v == null ? "" : (String) v;
  }

  public Text value(String value) {
    return set("value", value == null || value.isEmpty() ? null : value);
  }

  public TextStyle style() {
    return fromWire(TextStyle.class, get("style"), null);
  }

  /** A Material type role, e.g. {@link TextStyle#HEADLINE_MEDIUM}. */
  public Text style(TextStyle style) {
    return set("style", wire(style));
  }

  public Number size() {
    return (Number) get("size");
  }

  public Text size(Number size) {
    return set("size", size);
  }

  public FontWeight weight() {
    return fromWire(FontWeight.class, get("weight"), FontWeight.NORMAL);
  }

  public Text weight(FontWeight weight) {
    return set("weight", weight == null || weight == FontWeight.NORMAL ? null : wire(weight));
  }

  public boolean italic() {
    return get("italic") != null;
  }

  public Text italic(boolean italic) {
    return set("italic", italic ? Boolean.TRUE : null);
  }

  public String color() {
    return (String) get("color");
  }

  public Text color(String color) {
    return set("color", color);
  }

  public TextAlign textAlign() {
    return fromWire(TextAlign.class, get("textAlign"), null);
  }

  public Text textAlign(TextAlign align) {
    return set("textAlign", wire(align));
  }

  public boolean selectable() {
    return get("selectable") == null;
  }

  public Text selectable(boolean selectable) {
    return set("selectable", selectable ? null : Boolean.FALSE);
  }
}
