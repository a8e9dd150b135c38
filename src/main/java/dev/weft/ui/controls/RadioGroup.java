package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The radios inside its content, as one choice (Flet's {@code RadioGroup}): the content lays them
 * out (a {@link Column}, a {@link Row}), and {@link #value()} is the checked radio's value. The
 * group is one Tab stop; arrow keys move the choice within it, as in a native radio group. The
 * browser's {@code change} carries the chosen value, refused unless a radio in the group has it.
 */
public final class RadioGroup extends Control<RadioGroup> {

  public RadioGroup(Control<?> content) {
    super(1);
    content(content);
  }

  @Override
  protected String type() {
    return "radioGroup";
  }

  public Control<?> content() {
    List<Control<?>> all = childList();
    return all.isEmpty() ? null : all.get(0);
  }

  /** The control holding the radios; null empties the group. */
  public RadioGroup content(Control<?> content) {
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  /** The checked radio's value, or null while none is checked. */
  public String value() {
    return (String) get("value");
  }

  public RadioGroup value(String value) {
    return set("value", value);
  }

  /** Names the group for screen readers (its role is radiogroup). */
  public String label() {
    return (String) get("label");
  }

  public RadioGroup label(String label) {
    return set("label", label);
  }

  public RadioGroup onChange(EventHandler<RadioGroup> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public RadioGroup onChangeAsync(AsyncEventHandler<RadioGroup> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  /** The radios in the content, in page order (a radio in a nested group belongs to that group). */
  public List<Radio> radios() {
    List<Radio> found = new java.util.ArrayList<>();
    Deque<Control<?>> todo = new ArrayDeque<>(childrenOf(this));
    while (!todo.isEmpty()) {
      Control<?> c = todo.removeFirst();
      if (c instanceof Radio radio) {
        found.add(radio);
      } else if (!(c instanceof RadioGroup)) {
        List<Control<?>> inner = childrenOf(c);
        for (int i = inner.size() - 1; i >= 0; i--) {
          todo.addFirst(inner.get(i));
        }
      }
    }
    return found;
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
    if (!(data instanceof String chosen)) {
      return "the data of change on a radio group must be a radio's value";
    }
    if (radios().stream().noneMatch(r -> chosen.equals(r.value()))) {
      return "\"" + chosen + "\" is not the value of a radio in the group";
    }
    putSilently("value", chosen);
    return null;
  }
}
