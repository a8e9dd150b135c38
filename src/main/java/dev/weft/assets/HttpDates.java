package dev.weft.assets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * HTTP's date format (RFC 9110's IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}), with whole
 * seconds: a {@code Last-Modified} is compared with the {@code If-Modified-Since} the browser
 * echoes, so both sides must drop the milliseconds.
 */
final class HttpDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private HttpDates() {
  }

  static String format(long epochMillis) {
    return FORMAT.format(Instant.ofEpochMilli(epochMillis));
  }

  /** Seconds since the epoch of an HTTP date, or -1 when it is not one. */
  static long parseSeconds(String text) {
    try {
      return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())).getEpochSecond();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }
}
