package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.EventHandler;
import dev.weft.ui.Overlay;

/**
 * A brief message at the bottom of the window (Flet's {@code SnackBar}), with an optional action.
 * Not modal: the page stays usable, and screen readers announce the message politely. It closes
 * by itself after its {@link #duration(int) duration} (a dismissal: {@link #onDismiss} runs and
 * {@link #open()} turns false), when the user clicks its action ({@link #onAction}) or its close
 * icon, or when another snack bar opens: one shows at a time. The time stops running while the
 * pointer is over it or the focus is in it, so no one loses an action while reaching for it.
 */
public final class SnackBar extends Overlay<SnackBar> {

  /** The event a click on the action sends; no data. The snack bar closes too. */
  public static final String ACTION = "action";
  /** How long a snack bar shows by default, in milliseconds (Flet's default). */
  public static final int DEFAULT_DURATION = 4000;

  public SnackBar() {
    super(1);
  }

  /** A snack bar saying {@code text}. */
  public SnackBar(String text) {
    this();
    text(text);
  }

  /** A snack bar showing a control (e.g. a styled {@link Text}). */
  public SnackBar(Control<?> content) {
    this();
    content(content);
  }

  @Override
  protected String type() {
    return "snackBar";
  }

  public String text() {
    return (String) get("text");
  }

  /** The message, as text (shown before the content control, if both are set). */
  public SnackBar text(String text) {
    return set("text", text == null || text.isEmpty() ? null : text);
  }

  /** The content control, or null. */
  public Control<?> content() {
    return childList().isEmpty() ? null : childList().get(0);
  }

  /** Shows a control as the message; null removes it. */
  public SnackBar content(Control<?> content) {
    ContentSlot.put(childList(), !childList().isEmpty(), content);
    return this;
  }

  public String action() {
    return (String) get("action");
  }

  /** The label of the action button (e.g. "Undo"); null for no action. */
  public SnackBar action(String label) {
    return set("action", label == null || label.isEmpty() ? null : label);
  }

  public int duration() {
    Object v = get("duration");
    return v == null ? DEFAULT_DURATION : (Integer) v;
  }

  /** How long the snack bar shows, in milliseconds, from 1 to 600 000 (10 minutes). */
  public SnackBar duration(int millis) {
    if (millis < 1 || millis > 600_000) {
      throw new IllegalArgumentException(
          "a snack bar's duration is 1 to 600000 ms, not " + millis);
    }
    return set("duration", millis == DEFAULT_DURATION ? null : millis);
  }

  public boolean showCloseIcon() {
    return get("showCloseIcon") != null;
  }

  /** Shows a close button ("Close"), which dismisses the snack bar; false by default. */
  public SnackBar showCloseIcon(boolean show) {
    return set("showCloseIcon", show ? Boolean.TRUE : null);
  }

  /** Runs when the user clicked the action; the snack bar is closed already. */
  public SnackBar onAction(EventHandler<SnackBar> handler) {
    return on(ACTION, handler);
  }

  public SnackBar onActionAsync(AsyncEventHandler<SnackBar> handler) {
    return onAsync(ACTION, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ACTION.equals(event) || super.acceptsUnhandled(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    String refused = super.acceptClientValue(event, data);
    if (refused != null || !ACTION.equals(event)) {
      return refused;
    }
    if (action() == null) {
      return "snack bar " + this + " has no action to click";
    }
    if (data != null) {
      return "the action event of a snack bar carries no data";
    }
    // the browser closed it already
    return super.acceptClientValue(DISMISS, null);
  }
}
