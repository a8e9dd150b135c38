package dev.weft.ui;

/**
 * An event a user caused on a control.
 *
 * @param <C> the control type
 */
public final class ControlEvent<C extends Control<C>> {

  public static final String CLICK = "click";
  public static final String CHANGE = "change";
  public static final String SUBMIT = "submit";
  public static final String FOCUS = "focus";
  public static final String BLUR = "blur";

  private final C control;
  private final String name;
  private final Object data;
  private final long seq;

  ControlEvent(C control, String name, Object data, long seq) {
    this.control = control;
    this.name = name;
    this.data = data;
    this.seq = seq;
  }

  /** The control the event happened on. */
  public C control() {
    return control;
  }

  /** The page the control is on. */
  public Page page() {
    return control.page();
  }

  /** The event's name: click, change, submit, focus or blur. */
  public String name() {
    return name;
  }

  /** The event's data: the new value for change, the field's text for submit, else null. */
  public Object data() {
    return data;
  }

  /** The client's sequence number of this event. */
  public long seq() {
    return seq;
  }

  @Override
  public String toString() {
    return name + " on " + control;
  }
}
