package dev.weft.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chart's grid lines in one direction (Flet's {@code ChartGridLines}): every {@code interval}
 * data units (null: at the axis' labels' round steps), in a colour (the theme's outline variant
 * by default), a width, and a dash pattern. Immutable, like {@link ChartAxis}.
 */
public final class ChartGridLines {

  private final Double interval;
  private final String color;
  private final Double width;
  private final List<Integer> dashPattern;

  public ChartGridLines() {
    this(null, null, null, List.of());
  }

  private ChartGridLines(Double interval, String color, Double width, List<Integer> dashPattern) {
    this.interval = interval;
    this.color = color;
    this.width = width;
    this.dashPattern = List.copyOf(dashPattern);
  }

  public Double interval() {
    return interval;
  }

  public ChartGridLines interval(Number interval) {
    Double step = ChartNumbers.sizeOrNull(interval, "a grid's interval");
    if (step != null && step == 0) {
      throw new IllegalArgumentException("a grid's interval must be above 0");
    }
    return new ChartGridLines(step, color, width, dashPattern);
  }

  /** A theme role ("outlineVariant") or CSS colour; null: the outline variant. */
  public String color() {
    return color;
  }

  public ChartGridLines color(String color) {
    return new ChartGridLines(interval, color, width, dashPattern);
  }

  /** The lines' width in px; null: 1. */
  public Double width() {
    return width;
  }

  public ChartGridLines width(Number width) {
    return new ChartGridLines(interval, color, ChartNumbers.sizeOrNull(width, "a grid's width"), dashPattern);
  }

  /** Dash and gap lengths in px (SVG's stroke-dasharray); empty: solid. */
  public List<Integer> dashPattern() {
    return dashPattern;
  }

  public ChartGridLines dashPattern(int... pattern) {
    List<Integer> list = new ArrayList<>();
    for (int length : pattern) {
      if (length < 0) {
        throw new IllegalArgumentException("a dash pattern's lengths cannot be negative: " + length);
      }
      list.add(length);
    }
    return new ChartGridLines(interval, color, width, list);
  }

  Map<String, Object> wire() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (interval != null) {
      map.put("interval", interval);
    }
    if (color != null) {
      map.put("color", color);
    }
    if (width != null) {
      map.put("width", width);
    }
    if (!dashPattern.isEmpty()) {
      map.put("dashPattern", dashPattern);
    }
    return Collections.unmodifiableMap(map);
  }

  static ChartGridLines fromWire(Object wire) {
    if (!(wire instanceof Map<?, ?> map)) {
      return null;
    }
    List<Integer> dashes = new ArrayList<>();
    if (map.get("dashPattern") instanceof List<?> list) {
      for (Object n : list) {
        dashes.add(((Number) n).intValue());
      }
    }
    return new ChartGridLines(ChartNumbers.readOrNull(map.get("interval")), (String) map.get("color"),
        ChartNumbers.readOrNull(map.get("width")), dashes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartGridLines other && wire().equals(other.wire());
  }

  @Override
  public int hashCode() {
    return Objects.hash(wire());
  }

  @Override
  public String toString() {
    return "ChartGridLines" + wire();
  }
}
