package dev.weft.ui.controls;

/** How a {@link TimePicker} shows hours. */
public enum HourFormat {
  /** As the browser's locale does: 12-hour with AM/PM in en-US, 24-hour in de-DE. */
  LOCALE,
  /** 1 to 12, with an AM/PM toggle. */
  H12,
  /** 00 to 23. */
  H24
}
