package dev.weft.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Whether the soak stayed flat: for each measure, the median of the first third of the samples
 * against the median of the last third. Medians, so one noisy sample (a slow window on a shared
 * machine, a GC that came at a bad moment) cannot decide; a change within 10% is flat, and so is
 * one within the measure's noise floor, an absolute amount below which a change means nothing
 * (heap 2 MiB: a few sessions more waiting to expire; fds 10: the churn's connections in flight;
 * threads 16: pools filling lazily; p99 1 ms).
 *
 * <p>Growth of heap, descriptors or threads beyond both is a leak and fails the run; p99 latency
 * is reported with the same rule but never fails it, as on a shared machine it follows the other
 * processes' load (the report gives the load average).
 */
final class SoakVerdict {

  static final double TOLERANCE = 0.10;

  /** One measure's comparison. */
  record Line(String measure, String unit, double first, double last, double floor, boolean gating) {

    double change() {
      return first == 0 ? (last == 0 ? 0 : Double.POSITIVE_INFINITY) : (last - first) / first;
    }

    boolean withinTolerance() {
      return Math.abs(change()) <= TOLERANCE;
    }

    boolean withinFloor() {
      return Math.abs(last - first) <= floor;
    }

    boolean grew() {
      return last > first && !withinTolerance() && !withinFloor();
    }

    /** A leak: a gating measure that grew past both the tolerance and the floor. */
    boolean failed() {
      return gating && grew();
    }

    String verdict() {
      if (withinTolerance()) {
        return "flat";
      }
      if (withinFloor()) {
        return "flat (within the noise floor of " + fmt(floor) + " " + unit + ")";
      }
      String dir = last > first ? "grew" : "fell";
      return gating ? (last > first ? "GREW: a leak" : dir) : dir + " (latency is not a leak: see the load)";
    }

    String changeText() {
      double c = change();
      return Double.isInfinite(c) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", c * 100);
    }
  }

  final List<Line> lines = new ArrayList<>();
  final int perThird;

  SoakVerdict(List<SoakSample> samples) {
    if (samples.size() < 3) {
      throw new IllegalArgumentException("a verdict needs at least 3 samples, got " + samples.size());
    }
    perThird = samples.size() / 3;
    List<SoakSample> first = samples.subList(0, perThird);
    List<SoakSample> last = samples.subList(samples.size() - perThird, samples.size());
    add("heap after full GC", "MiB", first, last, s -> s.heapKb() / 1024.0, 2, true);
    add("open file descriptors", "fds", first, last, SoakSample::fds, 10, true);
    // the JVM's and Vert.x's bounded pools start threads lazily and some let them go (JIT
    // compiler threads come and go with the JIT's work; Vert.x's 20 workers fill as file
    // operations come): a leak of one thread per session or upload is hundreds, even in --short
    add("threads", "threads", first, last, SoakSample::threads, 16, true);
    add("p99 click latency", "ms", first, last, SoakSample::p99Ms, 1, false);
  }

  private void add(String measure, String unit, List<SoakSample> first, List<SoakSample> last,
                   ToDoubleFunction<SoakSample> value, double floor, boolean gating) {
    lines.add(new Line(measure, unit, median(first, value), median(last, value), floor, gating));
  }

  private static double median(List<SoakSample> samples, ToDoubleFunction<SoakSample> value) {
    return Stats.median(samples.stream().mapToDouble(value).toArray());
  }

  boolean failed() {
    return lines.stream().anyMatch(Line::failed);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%.1f", v);
  }
}
