package dev.weft.ui.controls;

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
public final class TimePicker extends PickerDialog<TimePicker> {

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

  /** A confirmed pick: HH:mm, 00:00 to 23:59; it closes the picker. Else nothing changes. */
  @Override
  String acceptPick(Object data) {
    if (!(data instanceof String text) || !text.matches("\\d{2}:\\d{2}")) {
      return "the data of change on a timePicker must be a time as HH:mm (24-hour), not "
          + describe(data);
    }
    int hour = Integer.parseInt(text.substring(0, 2));
    int minute = Integer.parseInt(text.substring(3));
    if (hour > 23 || minute > 59) {
      return "the time \"" + text + "\" picked on a timePicker is not a time of day (00:00 to 23:59)";
    }
    putSilently("value", text);
    return null;
  }

  private static String hhmm(LocalTime time) {
    return String.format("%02d:%02d", time.getHour(), time.getMinute());
  }
}
