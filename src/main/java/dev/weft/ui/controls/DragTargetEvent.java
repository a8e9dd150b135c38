package dev.weft.ui.controls;

/**
 * Something a {@link Draggable} did over a {@link DragTarget} (Flet's {@code DragTargetEvent}).
 *
 * @param target the target
 * @param name willAccept, accept, move or leave
 * @param srcId the draggable's control id (Flet's {@code src_id})
 * @param draggable the draggable itself; null only for a leave whose draggable was removed meanwhile
 * @param x the pointer's distance from the target's left edge, for accept and move (the
 *     target's centre when dropped with the keyboard); else 0
 * @param y likewise, from its top edge
 */
public record DragTargetEvent(DragTarget target, String name, int srcId, Draggable draggable, double x, double y) {

  /** What the draggable carries ({@link Draggable#data()}), or null. */
  public String data() {
    return draggable == null ? null : draggable.data();
  }
}
