package dev.weft.ui.controls;

import dev.weft.ui.Control;

/**
 * A control the user can drag onto a {@link DragTarget} of the same {@link #group} (Flet's
 * {@code Draggable}): with the mouse or a finger (a copy of {@link #contentFeedback}, or of the
 * content, follows the pointer, and the group's targets light up), or with the keyboard (focus
 * it, Space picks it up, Tab or the arrow keys go to a target, Space or Enter drops it there,
 * Escape puts it back; each step is announced to screen readers). While it is dragged it shows
 * {@link #contentWhenDragging} in its place, if set.
 *
 * <p>On the wire its children are {@code slot} controls named {@code content},
 * {@code contentWhenDragging} and {@code contentFeedback}.
 */
public final class Draggable extends Control<Draggable> {

  private final NamedSlots slots =
      new NamedSlots(childList(), "content", "contentWhenDragging", "contentFeedback");

  public Draggable(Control<?> content) {
    super(3);
    content(content);
  }

  @Override
  protected String type() {
    return "draggable";
  }

  public Control<?> content() {
    return slots.get("content");
  }

  public Draggable content(Control<?> content) {
    if (content == null) {
      throw new IllegalArgumentException("a Draggable needs content to drag");
    }
    slots.put("content", content);
    return this;
  }

  public Control<?> contentWhenDragging() {
    return slots.get("contentWhenDragging");
  }

  /** Shown in the draggable's place while it is dragged; null keeps the content there. */
  public Draggable contentWhenDragging(Control<?> control) {
    slots.put("contentWhenDragging", control);
    return this;
  }

  public Control<?> contentFeedback() {
    return slots.get("contentFeedback");
  }

  /** What follows the pointer while dragging; null: a copy of the content. */
  public Draggable contentFeedback(Control<?> control) {
    slots.put("contentFeedback", control);
    return this;
  }

  public String group() {
    Object v = get("group");
    return v == null ? DragTarget.DEFAULT_GROUP : (String) v;
  }

  /** Which targets take it: those of the same group; {@code "default"} by default. */
  public Draggable group(String group) {
    return set("group", group == null || group.equals(DragTarget.DEFAULT_GROUP) ? null : group);
  }

  public String data() {
    return (String) get("data");
  }

  /** What the draggable carries: a target's {@link DragTargetEvent#data()} when dropped. */
  public Draggable data(String data) {
    return set("data", data);
  }
}
