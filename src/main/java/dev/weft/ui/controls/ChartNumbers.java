package dev.weft.ui.controls;

/** Checks the numbers charts take, so a NaN or a negative width fails where the app sets it. */
final class ChartNumbers {

  private ChartNumbers() {
  }

  /** A finite number (a coordinate, a value). */
  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + value);
    }
    return value;
  }

  /** A finite number or null (null: the default, often "from the data"). */
  static Double finiteOrNull(Number value, String what) {
    return value == null ? null : finite(value.doubleValue(), what);
  }

  /** Zero or more, or null for the default. */
  static Double sizeOrNull(Number value, String what) {
    Double size = finiteOrNull(value, what);
    if (size != null && size < 0) {
      throw new IllegalArgumentException(what + " cannot be negative: " + value);
    }
    return size;
  }

  /** Reads a stored number, or {@code fallback} when unset. */
  static double read(Object stored, double fallback) {
    return stored == null ? fallback : ((Number) stored).doubleValue();
  }

  /** Reads a stored number, or null when unset. */
  static Double readOrNull(Object stored) {
    return stored == null ? null : ((Number) stored).doubleValue();
  }
}
