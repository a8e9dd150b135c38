package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.DatePicker;
import dev.weft.ui.controls.HourFormat;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The gallery's pickers section: a date picker offering the next 90 days (booking-style: earlier
 * days are disabled) and a 12-hour time picker, each opened by a button, the choice shown below.
 */
final class GalleryPickers {

  private GalleryPickers() {
  }

  static Control<?>[] controls(Page page) {
    Text picked = new Text("Nothing picked yet").key("picked");
    LocalDate today = LocalDate.now();
    DatePicker date = new DatePicker()
        .firstDate(today)
        .lastDate(today.plusDays(90))
        .helpText("Select date")
        .key("date-picker");
    date.onChange(e -> picked.value("Date: " + date.value()));
    date.onDismiss(e -> picked.value(date.value() == null ? "Date picker dismissed; no date yet"
        : "Date picker dismissed; date still " + date.value()));

    TimePicker time = new TimePicker()
        .value(LocalTime.of(9, 30))
        .hourFormat(HourFormat.H12)
        .key("time-picker");
    time.onChange(e -> picked.value("Time: " + time.value()));
    time.onDismiss(e -> picked.value("Time picker dismissed; time still " + time.value()));

    Row buttons = new Row(
        new Button("Pick a date", e -> page.open(date)).variant(ButtonVariant.TONAL).key("open:date-picker"),
        new Button("Pick a time", e -> page.open(time)).variant(ButtonVariant.TONAL).key("open:time-picker"));
    return new Control<?>[] {buttons, picked};
  }
}
