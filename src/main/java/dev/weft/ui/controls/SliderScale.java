package dev.weft.ui.controls;

/**
 * The values a slider can take: {@code min} to {@code max}, and with {@code divisions} only the
 * {@code divisions + 1} evenly spaced stops. Shared by {@link Slider} and {@link RangeSlider} to
 * check what the browser sends: a value outside the track or between two stops is refused, since
 * a real slider cannot produce it.
 */
record SliderScale(double min, double max, Integer divisions) {

  /** How far off a stop a value may be and still count as on it (floating point in the browser). */
  private static final double TOLERANCE = 1e-6;

  /** The value the browser sent, on the scale; throws with the reason when it is not. */
  double check(Object data, String what) {
    if (!(data instanceof Number n)) {
      throw new IllegalArgumentException(what + " must be a number, not " + data);
    }
    double v = n.doubleValue();
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + v);
    }
    double span = max - min;
    double slack = Math.abs(span) * TOLERANCE;
    if (v < min - slack || v > max + slack) {
      throw new IllegalArgumentException(
          what + " " + v + " is outside the slider's range " + min + " to " + max);
    }
    if (divisions == null || span == 0) {
      return Math.min(max, Math.max(min, v));
    }
    double step = span / divisions;
    double stops = (v - min) / step;
    long nearest = Math.round(stops);
    if (Math.abs(stops - nearest) > TOLERANCE) {
      throw new IllegalArgumentException(what + " " + v + " is not one of the slider's " + divisions
          + " divisions (a multiple of " + step + " from " + min + ")");
    }
    return min + nearest * step;
  }

  /** A divisions count as a setter takes it: positive, or null for a continuous slider. */
  static Integer divisions(Integer divisions) {
    if (divisions != null && divisions < 1) {
      throw new IllegalArgumentException("divisions must be at least 1, not " + divisions);
    }
    return divisions;
  }

  /** A value set by the app: finite. */
  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + value);
    }
    return value;
  }
}
