package dev.weft.ui.controls;

import dev.weft.ui.Control;
import dev.weft.ui.Page;
import java.util.Map;
import java.util.Set;

/**
 * Where a {@link Draggable} of the same {@link #group} can be dropped (Flet's {@code DragTarget}).
 * It hears a draggable coming over it ({@link #onWillAccept}), moving on it ({@link #onMove}),
 * leaving ({@link #onLeave}) and being dropped on it ({@link #onAccept}); each event names the
 * draggable. While a draggable of its group is dragged the target is highlighted, the more so
 * when the draggable is over it.
 *
 * <p>The browser's data is checked: an event naming a control that is no draggable, or one of
 * another group, is refused with a protocol error and no handler runs.
 */
public final class DragTarget extends Control<DragTarget> {

  static final String DEFAULT_GROUP = "default";
  static final String WILL_ACCEPT = "willAccept";
  static final String ACCEPT = "accept";
  static final String MOVE = "move";
  static final String LEAVE = "leave";
  private static final Set<String> EVENTS = Set.of(WILL_ACCEPT, ACCEPT, MOVE, LEAVE);

  public DragTarget() {
    super(1);
  }

  public DragTarget(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "dragTarget";
  }

  /** The control the target shows, or null. */
  public Control<?> content() {
    return ContentSlot.sole(childList());
  }

  public DragTarget content(Control<?> content) {
    ContentSlot.putSole(childList(), content);
    return this;
  }

  public String group() {
    Object v = get("group");
    return v == null ? DEFAULT_GROUP : (String) v;
  }

  /** Which draggables it takes: those of the same group; {@code "default"} by default. */
  public DragTarget group(String group) {
    return set("group", group == null || group.equals(DEFAULT_GROUP) ? null : group);
  }

  /** A draggable of the group came over the target (Flet's {@code on_will_accept}). */
  public DragTarget onWillAccept(DragTargetHandler handler) {
    return listen(WILL_ACCEPT, handler);
  }

  /** A draggable of the group was dropped on the target. */
  public DragTarget onAccept(DragTargetHandler handler) {
    return listen(ACCEPT, handler);
  }

  /** A draggable moved over the target (at most once per animation frame). */
  public DragTarget onMove(DragTargetHandler handler) {
    return listen(MOVE, handler);
  }

  /** A draggable left the target without being dropped on it. */
  public DragTarget onLeave(DragTargetHandler handler) {
    return listen(LEAVE, handler);
  }

  private DragTarget listen(String event, DragTargetHandler handler) {
    return on(event, handler == null ? null : e -> handler.handle(parse(event, e.data())));
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!EVENTS.contains(event)) {
      return null;
    }
    try {
      parse(event, data);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Reads an event's data: {@code {"src":7}}, with {@code "x"} and {@code "y"} for accept and move.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  DragTargetEvent parse(String event, Object data) {
    String what = event + " on a dragTarget";
    Map<?, ?> map = EventData.object(data, what);
    int src = EventData.id(map, "src", what);
    boolean placed = ACCEPT.equals(event) || MOVE.equals(event);
    double x = placed ? EventData.number(map, "x", what) : 0;
    double y = placed ? EventData.number(map, "y", what) : 0;
    Page page = page();
    Control<?> source = page == null ? null : page.control(src);
    if (source == null && LEAVE.equals(event)) {
      return new DragTargetEvent(this, event, src, null, x, y); // removed while dragged
    }
    if (!(source instanceof Draggable draggable)) {
      throw new IllegalArgumentException(what + " names control " + src + ", which is no draggable on the page");
    }
    if (!draggable.group().equals(group())) {
      throw new IllegalArgumentException(what + ": " + draggable + " is of group \"" + draggable.group()
          + "\", this target takes \"" + group() + "\"");
    }
    return new DragTargetEvent(this, event, src, draggable, x, y);
  }
}
