package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.List;

/**
 * Lays its controls on top of each other, the last on top (Flet's {@code Stack}). A control with
 * {@code left}, {@code top}, {@code right} or {@code bottom} set (properties every control has) is
 * placed at those distances from the stack's edges; the others sit where {@link #alignment}
 * says, and the largest of them gives the stack its size unless it has a width and height.
 */
public final class Stack extends Control<Stack> {

  public Stack(Control<?>... controls) {
    super(Integer.MAX_VALUE);
    childList().addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "stack";
  }

  /** The stack's controls, bottom to top: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return childList();
  }

  public ClipBehavior clipBehavior() {
    return fromWire(ClipBehavior.class, get("clipBehavior"), ClipBehavior.HARD_EDGE);
  }

  /** Whether children reaching past the stack's edges are cut off; {@code HARD_EDGE} by default. */
  public Stack clipBehavior(ClipBehavior clip) {
    return set("clipBehavior", clip == null || clip == ClipBehavior.HARD_EDGE ? null : wire(clip));
  }

  public Alignment alignment() {
    return fromWire(Alignment.class, get("alignment"), Alignment.TOP_LEFT);
  }

  /** Where the children without offsets sit; top left by default. */
  public Stack alignment(Alignment alignment) {
    return set("alignment", alignment == null || alignment == Alignment.TOP_LEFT ? null : wire(alignment));
  }

  public StackFit fit() {
    return fromWire(StackFit.class, get("fit"), StackFit.LOOSE);
  }

  /** Whether the children without offsets keep their size or fill the stack. */
  public Stack fit(StackFit fit) {
    return set("fit", fit == null || fit == StackFit.LOOSE ? null : wire(fit));
  }
}
