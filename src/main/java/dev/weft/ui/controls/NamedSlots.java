package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * The named {@link Slot}s of a control, kept in a fixed order in its child list: a slot exists
 * only while it holds something, so an empty title or feedback costs nothing on the wire.
 */
final class NamedSlots {

  private final List<Control<?>> children;
  private final List<String> order;

  /** @param order every slot name the control has, in the order they appear */
  NamedSlots(List<Control<?>> children, String... order) {
    this.children = children;
    this.order = List.of(order);
  }

  /** The slot of that name, or null while it holds nothing. */
  Slot find(String name) {
    for (Control<?> child : children) {
      if (child instanceof Slot slot && slot.name().equals(name)) {
        return slot;
      }
    }
    return null;
  }

  /** The control in a single-control slot, or null. */
  Control<?> get(String name) {
    Slot slot = find(name);
    return slot == null ? null : slot.content();
  }

  /** Puts {@code control} in a single-control slot, replacing what it held; null removes the slot. */
  void put(String name, Control<?> control) {
    Slot slot = find(name);
    if (control == null) {
      if (slot != null) {
        children.remove(slot);
      }
      return;
    }
    if (slot == null) {
      slot = create(name, 1);
    }
    if (slot.controls().isEmpty()) {
      slot.controls().add(control);
    } else {
      slot.controls().set(0, control);
    }
  }

  /** A slot that always exists (e.g. a tile's controls), created now if missing. */
  Slot require(String name, int maxChildren) {
    Slot slot = find(name);
    return slot != null ? slot : create(name, maxChildren);
  }

  private Slot create(String name, int maxChildren) {
    int rank = order.indexOf(name);
    if (rank < 0) {
      throw new IllegalArgumentException("no slot " + name + " among " + order);
    }
    int at = 0;
    for (Control<?> child : children) {
      if (child instanceof Slot other && order.indexOf(other.name()) < rank) {
        at++;
      }
    }
    Slot slot = new Slot(name, maxChildren);
    children.add(at, slot);
    return slot;
  }
}
