package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * A named place for children inside a control with several (an expansion tile's title and its
 * controls, a draggable's content and its feedback): on the wire a {@code slot} control whose
 * {@code name} tells the parent's renderer where its children go. Apps never see slots; the
 * controls holding them expose plain getters and setters.
 */
final class Slot extends Control<Slot> {

  Slot(String name, int maxChildren) {
    super(maxChildren);
    set("name", name);
  }

  @Override
  protected String type() {
    return "slot";
  }

  String name() {
    return (String) get("name");
  }

  /** The one control in a single-control slot, or null. */
  Control<?> content() {
    return childList().isEmpty() ? null : childList().get(0);
  }

  /** The slot's children: a live list. */
  List<Control<?>> controls() {
    return childList();
  }
}
