package dev.weft.ui.controls;

import java.util.Map;

/**
 * A label at one value of a {@link ChartAxis} (Flet's {@code ChartAxisLabel}), e.g. "Mon" at x 0.
 * Flet's label is a control; here it is text, drawn as SVG text in the axis' colour.
 *
 * @param value where on the axis, in data units
 * @param label the text shown there
 */
public record ChartAxisLabel(double value, String label) {

  public ChartAxisLabel {
    ChartNumbers.finite(value, "an axis label's value");
    if (label == null) {
      throw new IllegalArgumentException("an axis label needs its text (\"\" for none)");
    }
  }

  Map<String, Object> wire() {
    return Map.of("value", value, "label", label);
  }

  static ChartAxisLabel fromWire(Map<?, ?> wire) {
    return new ChartAxisLabel(((Number) wire.get("value")).doubleValue(), (String) wire.get("label"));
  }
}
