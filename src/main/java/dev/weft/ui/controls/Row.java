package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.MainAxisAlignment;
import dev.weft.ui.ScrollMode;
import java.util.List;

/** Lays its controls out side by side. */
public final class Row extends Control<Row> {

  public Row(Control<?>... controls) {
    super(Integer.MAX_VALUE);
    childList().addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "row";
  }

  /** The row's controls, left to right: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return childList();
  }

  public int spacing() {
    Object v = get("spacing");
    return v == null ? 10 : (Integer) v;
  }

  public Row spacing(int spacing) {
    return set("spacing", spacing == 10 ? null : spacing);
  }

  public MainAxisAlignment alignment() {
    return fromWire(MainAxisAlignment.class, get("alignment"), MainAxisAlignment.START);
  }

  public Row alignment(MainAxisAlignment alignment) {
    return set("alignment", alignment == null || alignment == MainAxisAlignment.START ? null : wire(alignment));
  }

  public CrossAxisAlignment verticalAlignment() {
    return fromWire(CrossAxisAlignment.class, get("verticalAlignment"), CrossAxisAlignment.CENTER);
  }

  public Row verticalAlignment(CrossAxisAlignment alignment) {
    return set("verticalAlignment",
        alignment == null || alignment == CrossAxisAlignment.CENTER ? null : wire(alignment));
  }

  public boolean wrap() {
    return get("wrap") != null;
  }

  public Row wrap(boolean wrap) {
    return set("wrap", wrap ? Boolean.TRUE : null);
  }

  public ScrollMode scroll() {
    return fromWire(ScrollMode.class, get("scroll"), null);
  }

  public Row scroll(ScrollMode scroll) {
    return set("scroll", wire(scroll));
  }
}
