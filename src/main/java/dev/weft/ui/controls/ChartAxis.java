package dev.weft.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One axis of a {@link LineChart} or {@link BarChart} (Flet's {@code ChartAxis}): its title, the
 * space its labels take, and the labels themselves — given ones at chosen values, or, when none
 * are given, numbers the browser picks at round steps (every {@code labelsInterval} when set).
 *
 * <p>Immutable: each {@code with}-style setter returns a new axis, so an axis can be shared and a
 * chart's axis changes only by setting it again ({@code chart.leftAxis(axis.title("°F"))}).
 */
public final class ChartAxis {

  private final String title;
  private final List<ChartAxisLabel> labels;
  private final Double labelsSize;
  private final Double labelsInterval;
  private final boolean showLabels;

  public ChartAxis() {
    this(null, List.of(), null, null, true);
  }

  private ChartAxis(String title, List<ChartAxisLabel> labels, Double labelsSize, Double labelsInterval,
      boolean showLabels) {
    this.title = title;
    this.labels = List.copyOf(labels);
    this.labelsSize = labelsSize;
    this.labelsInterval = labelsInterval;
    this.showLabels = showLabels;
  }

  /** The axis' title, or null (none). */
  public String title() {
    return title;
  }

  public ChartAxis title(String title) {
    return new ChartAxis(title, labels, labelsSize, labelsInterval, showLabels);
  }

  /** The given labels; empty: the browser labels round values. */
  public List<ChartAxisLabel> labels() {
    return labels;
  }

  public ChartAxis labels(ChartAxisLabel... labels) {
    return new ChartAxis(title, List.of(labels), labelsSize, labelsInterval, showLabels);
  }

  public ChartAxis labels(List<ChartAxisLabel> labels) {
    return new ChartAxis(title, labels, labelsSize, labelsInterval, showLabels);
  }

  /** The space the labels take beside (or below) the plot, in px; null: a size that fits them. */
  public Double labelsSize() {
    return labelsSize;
  }

  public ChartAxis labelsSize(Number size) {
    return new ChartAxis(title, labels, ChartNumbers.sizeOrNull(size, "an axis' labelsSize"), labelsInterval,
        showLabels);
  }

  /** The step between the browser's own labels, in data units; null: a round step that fits. */
  public Double labelsInterval() {
    return labelsInterval;
  }

  public ChartAxis labelsInterval(Number interval) {
    Double step = ChartNumbers.sizeOrNull(interval, "an axis' labelsInterval");
    if (step != null && step == 0) {
      throw new IllegalArgumentException("an axis' labelsInterval must be above 0");
    }
    return new ChartAxis(title, labels, labelsSize, step, showLabels);
  }

  /** Whether labels show at all (true by default); the title shows either way. */
  public boolean showLabels() {
    return showLabels;
  }

  public ChartAxis showLabels(boolean show) {
    return new ChartAxis(title, labels, labelsSize, labelsInterval, show);
  }

  /** The axis as a property value: only what differs from the default. */
  Map<String, Object> wire() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (title != null) {
      map.put("title", title);
    }
    if (!labels.isEmpty()) {
      map.put("labels", labels.stream().map(ChartAxisLabel::wire).toList());
    }
    if (labelsSize != null) {
      map.put("labelsSize", labelsSize);
    }
    if (labelsInterval != null) {
      map.put("labelsInterval", labelsInterval);
    }
    if (!showLabels) {
      map.put("showLabels", false);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The axis a property value describes; null for null. */
  static ChartAxis fromWire(Object wire) {
    if (!(wire instanceof Map<?, ?> map)) {
      return null;
    }
    List<ChartAxisLabel> labels = new ArrayList<>();
    if (map.get("labels") instanceof List<?> list) {
      for (Object label : list) {
        labels.add(ChartAxisLabel.fromWire((Map<?, ?>) label));
      }
    }
    return new ChartAxis((String) map.get("title"), labels, ChartNumbers.readOrNull(map.get("labelsSize")),
        ChartNumbers.readOrNull(map.get("labelsInterval")), !Boolean.FALSE.equals(map.get("showLabels")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartAxis other && wire().equals(other.wire());
  }

  @Override
  public int hashCode() {
    return Objects.hash(wire());
  }

  @Override
  public String toString() {
    return "ChartAxis" + wire();
  }
}
