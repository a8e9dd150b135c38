package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.MainAxisAlignment;
import dev.weft.ui.ScrollMode;
import java.util.List;

/** Lays its controls out one below the other. */
public final class Column extends Control<Column> {

  public Column(Control<?>... controls) {
    super(Integer.MAX_VALUE);
    childList().addAll(List.of(controls));
  }

  @Override
  protected String type() {
    return "column";
  }

  /** The column's controls, top to bottom: a live list, sent on the next update. */
  public List<Control<?>> controls() {
    return childList();
  }

  public int spacing() {
    Object v = get("spacing");
    return v == null ? 10 : (Integer) v;
  }

  public Column spacing(int spacing) {
    return set("spacing", spacing == 10 ? null : spacing);
  }

  public MainAxisAlignment alignment() {
    return fromWire(MainAxisAlignment.class, get("alignment"), MainAxisAlignment.START);
  }

  public Column alignment(MainAxisAlignment alignment) {
    return set("alignment", alignment == null || alignment == MainAxisAlignment.START ? null : wire(alignment));
  }

  public CrossAxisAlignment horizontalAlignment() {
    return fromWire(CrossAxisAlignment.class, get("horizontalAlignment"), CrossAxisAlignment.START);
  }

  public Column horizontalAlignment(CrossAxisAlignment alignment) {
    return set("horizontalAlignment",
        alignment == null || alignment == CrossAxisAlignment.START ? null : wire(alignment));
  }

  /** The column's name as a region of the page, or null (none: the column is no landmark). */
  public String region() {
    return (String) get("region");
  }

  /**
   * Makes the column a named region of the page (the ARIA {@code region} landmark): screen readers
   * list it among the page's landmarks and can jump to it by this name. For the big parts of a
   * page, each with a title; the title's text is the usual name. Null or blank: no landmark.
   */
  public Column region(String name) {
    return set("region", name == null || name.isBlank() ? null : name);
  }

  public ScrollMode scroll() {
    return fromWire(ScrollMode.class, get("scroll"), null);
  }

  public Column scroll(ScrollMode scroll) {
    return set("scroll", wire(scroll));
  }
}
