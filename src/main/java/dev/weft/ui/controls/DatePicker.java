package dev.weft.ui.controls;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Material 3's modal date picker (Flet's {@code DatePicker}): a dialog with a calendar, opened
 * with {@code page.open(picker)}. The user moves through months and years, picks a day between
 * {@link #firstDate()} and {@link #lastDate()} and confirms it with OK: {@link #value()} becomes
 * that day and {@link #onChange} runs, the dialog closed. Cancel, Escape or a click on the scrim
 * dismiss it ({@link #onDismiss}) and leave the value alone.
 *
 * <p>Dates travel as ISO {@code yyyy-MM-dd} strings; the browser's pick is checked here (a date,
 * inside the range) before it is taken.
 */
public final class DatePicker extends PickerDialog<DatePicker> {

  /** The first day on offer when {@link #firstDate(LocalDate)} is not set (Flet's default). */
  public static final LocalDate DEFAULT_FIRST_DATE = LocalDate.of(1900, 1, 1);

  /** The last day on offer when {@link #lastDate(LocalDate)} is not set (Flet's default). */
  public static final LocalDate DEFAULT_LAST_DATE = LocalDate.of(2050, 1, 1);

  /** The first column of the calendar when {@link #firstDayOfWeek(DayOfWeek)} is not set. */
  public static final DayOfWeek DEFAULT_FIRST_DAY_OF_WEEK = DayOfWeek.MONDAY;

  public DatePicker() {
  }

  @Override
  protected String type() {
    return "datePicker";
  }

  /** The confirmed date, or null before the user (or the app) chose one. */
  public LocalDate value() {
    return date("value");
  }

  /**
   * Sets the selected date; null selects none.
   *
   * @throws IllegalArgumentException when it lies outside [firstDate, lastDate]: set the range first
   */
  public DatePicker value(LocalDate value) {
    if (value != null) {
      String outside = outside(value);
      if (outside != null) {
        throw new IllegalArgumentException("value " + value + " is " + outside);
      }
    }
    return set("value", iso(value));
  }

  /** The earliest day the user can pick. */
  public LocalDate firstDate() {
    LocalDate d = date("firstDate");
    return d == null ? DEFAULT_FIRST_DATE : d;
  }

  /**
   * Sets the earliest day the user can pick; null restores {@link #DEFAULT_FIRST_DATE}.
   *
   * @throws IllegalArgumentException when it is after {@link #lastDate()} or after the value
   */
  public DatePicker firstDate(LocalDate first) {
    LocalDate effective = first == null ? DEFAULT_FIRST_DATE : first;
    if (effective.isAfter(lastDate())) {
      throw new IllegalArgumentException("firstDate " + effective + " is after lastDate " + lastDate());
    }
    LocalDate value = value();
    if (value != null && value.isBefore(effective)) {
      throw new IllegalArgumentException("firstDate " + effective + " is after the value " + value
          + ": change the value first");
    }
    return set("firstDate", iso(first));
  }

  /** The latest day the user can pick. */
  public LocalDate lastDate() {
    LocalDate d = date("lastDate");
    return d == null ? DEFAULT_LAST_DATE : d;
  }

  /**
   * Sets the latest day the user can pick; null restores {@link #DEFAULT_LAST_DATE}.
   *
   * @throws IllegalArgumentException when it is before {@link #firstDate()} or before the value
   */
  public DatePicker lastDate(LocalDate last) {
    LocalDate effective = last == null ? DEFAULT_LAST_DATE : last;
    if (effective.isBefore(firstDate())) {
      throw new IllegalArgumentException("lastDate " + effective + " is before firstDate " + firstDate());
    }
    LocalDate value = value();
    if (value != null && value.isAfter(effective)) {
      throw new IllegalArgumentException("lastDate " + effective + " is before the value " + value
          + ": change the value first");
    }
    return set("lastDate", iso(last));
  }

  /**
   * The day marked as today (outlined), or null: then the browser's own today, in its time zone,
   * which the server cannot know.
   */
  public LocalDate currentDate() {
    return date("currentDate");
  }

  public DatePicker currentDate(LocalDate today) {
    return set("currentDate", iso(today));
  }

  /** The calendar's first column; Monday unless set. */
  public DayOfWeek firstDayOfWeek() {
    Object v = get("firstDayOfWeek");
    return v == null ? DEFAULT_FIRST_DAY_OF_WEEK : DayOfWeek.of((Integer) v);
  }

  /** Sets the calendar's first column (sent as ISO 1 = Monday … 7 = Sunday); null is Monday. */
  public DatePicker firstDayOfWeek(DayOfWeek day) {
    return set("firstDayOfWeek", day == null || day == DEFAULT_FIRST_DAY_OF_WEEK ? null : day.getValue());
  }

  /** A confirmed pick: an ISO date inside the range; it closes the picker. Else nothing changes. */
  @Override
  String acceptPick(Object data) {
    if (!(data instanceof String text)) {
      return "the data of change on a datePicker must be a date as yyyy-MM-dd, not " + describe(data);
    }
    LocalDate date;
    try {
      date = parseIso(text);
    } catch (DateTimeParseException e) {
      return "the data of change on a datePicker must be a date as yyyy-MM-dd, not \"" + text + "\"";
    }
    String outside = outside(date);
    if (outside != null) {
      return "the date " + date + " picked on a datePicker is " + outside;
    }
    putSilently("value", iso(date));
    return null;
  }

  // ------------------------------------------------------------------ helpers

  /** Why {@code date} is not on offer, or null when it is. */
  private String outside(LocalDate date) {
    if (date.isBefore(firstDate())) {
      return "before firstDate " + firstDate();
    }
    if (date.isAfter(lastDate())) {
      return "after lastDate " + lastDate();
    }
    return null;
  }

  private LocalDate date(String name) {
    Object v = get(name);
    return v == null ? null : LocalDate.parse((String) v);
  }

  /** The wire form; the browser reads four-digit years only. */
  private static String iso(LocalDate date) {
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      throw new IllegalArgumentException("a datePicker takes years 1 to 9999, not " + date);
    }
    return date == null ? null : date.toString();
  }

  /** Strictly yyyy-MM-dd: LocalDate.parse would also take a sign and years past 9999. */
  private static LocalDate parseIso(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
    }
    return LocalDate.parse(text);
  }
}
