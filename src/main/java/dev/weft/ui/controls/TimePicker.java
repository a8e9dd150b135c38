package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import dev.weft.ui.Overlay;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Material 3's time picker in its input mode (Flet's {@code TimePicker}): a dialog with an hour
 * and a minute field, and an AM/PM toggle in the 12-hour format, opened with
 * {@code page.open(picker)}. OK sets {@link #value()} and runs {@link #onChange}, the dialog
 * closed; Cancel, Escape or a click on the scrim dismiss it ({@link #onDismiss}).
 *
 * <p>Times travel as {@code HH:mm} (24-hour, minutes precision); the browser's pick is checked
 * here before it is taken.
 */
public final class TimePicker extends Overlay<TimePicker> {

  public TimePicker() {
  }

  @Override
  protected String type() {
    return "timePicker";
  }

  /** The confirmed time, or null before the user (or the app) chose one. */
  public LocalTime value() {
    Object v = get("value");
    return v == null ? null : LocalTime.parse((String) v);
  }

  /** Sets the time shown when the picker opens; seconds and below are dropped (minutes precision). */
  public TimePicker value(LocalTime value) {
    return set("value", value == null ? null : hhmm(value.truncatedTo(ChronoUnit.MINUTES)));
  }

  /** 12- or 24-hour, or the browser locale's habit (the default). */
  public HourFormat hourFormat() {
    return fromWire(HourFormat.class, get("hourFormat"), HourFormat.LOCALE);
  }

  public TimePicker hourFormat(HourFormat format) {
    return set("hourFormat", format == null || format == HourFormat.LOCALE ? null : wire(format));
  }

  /** The small text at the top; null shows "Enter time". */
  public String helpText() {
    return (String) get("helpText");
  }

  public TimePicker helpText(String text) {
    return set("helpText", text);
  }

  /** The cancel button's text; null shows "Cancel". */
  public String cancelText() {
    return (String) get("cancelText");
  }

  public TimePicker cancelText(String text) {
    return set("cancelText", text);
  }

  /** The confirm button's text; null shows "OK". */
  public String confirmText() {
    return (String) get("confirmText");
  }

  public TimePicker confirmText(String text) {
    return set("confirmText", text);
  }

  /** Runs when the user confirmed a time: {@link #value()} holds it and the picker is closed. */
  public TimePicker onChange(EventHandler<TimePicker> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public TimePicker onChangeAsync(AsyncEventHandler<TimePicker> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event) || super.acceptsUnhandled(event);
  }

  /** A confirmed pick: HH:mm, 00:00 to 23:59; it closes the picker. Else nothing changes. */
  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event)) {
      return super.acceptClientValue(event, data);
    }
    if (!(data instanceof String text) || !text.matches("\\d{2}:\\d{2}")) {
      return "the data of change on a timePicker must be a time as HH:mm (24-hour), not "
          + (data instanceof String s ? "\"" + s + "\"" : DatePicker.describe(data));
    }
    int hour = Integer.parseInt(text.substring(0, 2));
    int minute = Integer.parseInt(text.substring(3));
    if (hour > 23 || minute > 59) {
      return "the time \"" + text + "\" picked on a timePicker is not a time of day (00:00 to 23:59)";
    }
    putSilently("value", text);
    putSilently("open", null);
    return null;
  }

  private static String hhmm(LocalTime time) {
    return String.format("%02d:%02d", time.getHour(), time.getMinute());
  }
}
