package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.Overlay;

/**
 * A modal bottom sheet (Flet's {@code BottomSheet}): a surface sliding up from the bottom of the
 * window over a scrim, holding one content control. The focus moves into it and stays there until
 * it closes. Escape and a click on the scrim dismiss it unless it is not {@link
 * #dismissible(boolean) dismissible}.
 */
public final class BottomSheet extends Overlay<BottomSheet> {

  /** The accessible name when none is set (Flutter's, for its sheets). */
  public static final String DEFAULT_LABEL = "Bottom sheet";

  public BottomSheet() {
    super(1);
  }

  public BottomSheet(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "bottomSheet";
  }

  /** The content control, or null. */
  public Control<?> content() {
    return childList().isEmpty() ? null : childList().get(0);
  }

  /** Sets the sheet's content; null empties it. */
  public BottomSheet content(Control<?> content) {
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  public boolean dismissible() {
    return get("dismissible") == null;
  }

  /** Whether Escape and a click on the scrim close the sheet; true by default. */
  public BottomSheet dismissible(boolean dismissible) {
    return set("dismissible", dismissible ? null : Boolean.FALSE);
  }

  public boolean showDragHandle() {
    return get("showDragHandle") != null;
  }

  /** Shows Material's drag handle on top of the sheet (a visual cue only); false by default. */
  public BottomSheet showDragHandle(boolean show) {
    return set("showDragHandle", show ? Boolean.TRUE : null);
  }

  public String label() {
    Object v = get("label");
    return v == null ? DEFAULT_LABEL : (String) v;
  }

  /** The sheet's accessible name; "Bottom sheet" by default. */
  public BottomSheet label(String label) {
    return set("label", label == null || label.isEmpty() || label.equals(DEFAULT_LABEL) ? null : label);
  }
}
