package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import dev.weft.ui.Overlay;
import java.util.Locale;

/**
 * What {@link DatePicker} and {@link TimePicker} share: a modal dialog whose OK sends the picked
 * value ({@code change}), checked here before it is taken, and which then is closed; its help
 * text and the texts of its two buttons.
 *
 * @param <C> the picker's own type
 */
public abstract class PickerDialog<C extends PickerDialog<C>> extends Overlay<C> {

  PickerDialog() {
  }

  /** The small text at the top of the dialog; null shows the picker's default. */
  public String helpText() {
    return (String) get("helpText");
  }

  public C helpText(String text) {
    return set("helpText", text);
  }

  /** The cancel button's text; null shows "Cancel". */
  public String cancelText() {
    return (String) get("cancelText");
  }

  public C cancelText(String text) {
    return set("cancelText", text);
  }

  /** The confirm button's text; null shows "OK". */
  public String confirmText() {
    return (String) get("confirmText");
  }

  public C confirmText(String text) {
    return set("confirmText", text);
  }

  /** Runs when the user confirmed a pick: {@code value()} holds it and the picker is closed. */
  public C onChange(EventHandler<C> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public C onChangeAsync(AsyncEventHandler<C> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  /**
   * Takes the browser's confirmed pick ({@code putSilently("value", …)}) when it is acceptable;
   * called with the page lock held.
   *
   * @return null when taken, else why not (then nothing changes)
   */
  abstract String acceptPick(Object data);

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event) || super.acceptsUnhandled(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event)) {
      return super.acceptClientValue(event, data);
    }
    String refused = acceptPick(data);
    if (refused == null) {
      putSilently("open", null);
    }
    return refused;
  }

  /** How a bad pick's data is quoted in the refusal. */
  static String describe(Object data) {
    if (data instanceof String s) {
      return "\"" + s + "\"";
    }
    return data == null ? "null" : "the " + data.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + data;
  }
}
