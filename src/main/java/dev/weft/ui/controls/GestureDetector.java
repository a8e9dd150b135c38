package dev.weft.ui.controls;

import dev.weft.ui.Control;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hears the pointer over the control it wraps (Flet's {@code GestureDetector}): taps, double taps,
 * long presses (half a second), secondary (right) clicks, hovering, entering and leaving, pans
 * (press, move, release) and the wheel. Each handler gets a {@link GestureEvent} with the
 * pointer's position in the detector; the browser sends only the events a handler is set for.
 *
 * <p>Pan updates and hovering are sent at most once per animation frame, and no more often than
 * {@link #dragInterval} asks: a drag never floods the connection. A detector that listens to taps
 * is a button for the keyboard too: Enter and Space tap it (at its centre).
 */
public final class GestureDetector extends Control<GestureDetector> {

  static final String TAP = "tap";
  static final String DOUBLE_TAP = "doubleTap";
  static final String LONG_PRESS = "longPress";
  static final String SECONDARY_TAP = "secondaryTap";
  static final String HOVER = "hover";
  static final String ENTER = "enter";
  static final String EXIT = "exit";
  static final String PAN_START = "panStart";
  static final String PAN_UPDATE = "panUpdate";
  static final String PAN_END = "panEnd";
  static final String SCROLL = "scroll";

  private static final Set<String> EVENTS = Set.of(TAP, DOUBLE_TAP, LONG_PRESS, SECONDARY_TAP, HOVER,
      ENTER, EXIT, PAN_START, PAN_UPDATE, PAN_END, SCROLL);

  /** The handlers set, by event: {@link #inOrder()} registers them again. */
  private Map<String, GestureHandler> handlers;
  private boolean inOrder;

  public GestureDetector() {
    super(1);
  }

  public GestureDetector(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "gestureDetector";
  }

  /** The control the detector wraps, or null. */
  public Control<?> content() {
    return ContentSlot.sole(childList());
  }

  public GestureDetector content(Control<?> content) {
    ContentSlot.putSole(childList(), content);
    return this;
  }

  public MouseCursor mouseCursor() {
    return fromWire(MouseCursor.class, get("mouseCursor"), null);
  }

  /** The mouse pointer's look over the detector; null keeps the content's own. */
  public GestureDetector mouseCursor(MouseCursor cursor) {
    return set("mouseCursor", wire(cursor));
  }

  public int dragInterval() {
    Object v = get("dragInterval");
    return v == null ? 0 : (Integer) v;
  }

  /**
   * The fewest milliseconds between two pan updates (or hover events) sent; 0, the default, sends
   * one per animation frame at most. Movement in between is added up, never lost.
   */
  public GestureDetector dragInterval(int millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("dragInterval must be 0 or more milliseconds, not " + millis);
    }
    return set("dragInterval", millis == 0 ? null : millis);
  }

  public GestureDetector onTap(GestureHandler handler) {
    return listen(TAP, handler);
  }

  public GestureDetector onDoubleTap(GestureHandler handler) {
    return listen(DOUBLE_TAP, handler);
  }

  /** A press held half a second without moving; it is then no tap. */
  public GestureDetector onLongPress(GestureHandler handler) {
    return listen(LONG_PRESS, handler);
  }

  /** A click of the secondary (usually right) button; the browser's context menu stays shut. */
  public GestureDetector onSecondaryTap(GestureHandler handler) {
    return listen(SECONDARY_TAP, handler);
  }

  /** The mouse moving over the detector, no button pressed. */
  public GestureDetector onHover(GestureHandler handler) {
    return listen(HOVER, handler);
  }

  public GestureDetector onEnter(GestureHandler handler) {
    return listen(ENTER, handler);
  }

  public GestureDetector onExit(GestureHandler handler) {
    return listen(EXIT, handler);
  }

  /** A press that starts moving: a pan begins, at the press's position. */
  public GestureDetector onPanStart(GestureHandler handler) {
    return listen(PAN_START, handler);
  }

  /** The pan moved: the new position and the movement since the last update. */
  public GestureDetector onPanUpdate(GestureHandler handler) {
    return listen(PAN_UPDATE, handler);
  }

  /** The pan's pointer was released (or the browser took it away), at this position. */
  public GestureDetector onPanEnd(GestureHandler handler) {
    return listen(PAN_END, handler);
  }

  /** The wheel turned over the detector: dx and dy in CSS pixels. The page does not scroll then. */
  public GestureDetector onScroll(GestureHandler handler) {
    return listen(SCROLL, handler);
  }

  /**
   * Runs this detector's handlers on the session's event loop, one after another in the order the
   * browser sent their events, instead of off the loop and side by side as blocking handlers run.
   * For handlers that build state from a stream of events and never block: a pan's movement adds
   * up its updates, and a {@code panStart} that resets it must not run after the first update
   * (side by side it can, on a busy server, and that update is lost). Applies to the handlers set
   * before this call and after it.
   */
  public GestureDetector inOrder() {
    if (!inOrder) {
      inOrder = true;
      if (handlers != null) {
        handlers.forEach(this::register);
      }
    }
    return this;
  }

  private GestureDetector listen(String event, GestureHandler handler) {
    if (handler == null) {
      if (handlers != null) {
        handlers.remove(event);
      }
      return on(event, null);
    }
    if (handlers == null) {
      handlers = new HashMap<>(4);
    }
    handlers.put(event, handler);
    return register(event, handler);
  }

  private GestureDetector register(String event, GestureHandler handler) {
    if (inOrder) {
      return onAsync(event, e -> {
        handler.handle(GestureEvent.parse(this, event, e.data()));
        return null; // done: what it changed goes out now
      });
    }
    return on(event, e -> handler.handle(GestureEvent.parse(this, event, e.data())));
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!EVENTS.contains(event)) {
      return null;
    }
    try {
      GestureEvent.parse(this, event, data);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
