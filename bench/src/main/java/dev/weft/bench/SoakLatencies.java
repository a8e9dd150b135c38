package dev.weft.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Click latencies of the soak, by sampling window. The sampler's own full GC (jcmd GC.run) stops
 * the server for a moment once per window: clicks that were in flight while it ran are left out,
 * since the measurement, not the server, delayed them.
 */
final class SoakLatencies {

  /** Slack after a GC ends: the answers it held back still need writing. */
  private static final long GC_SLACK_NANOS = 50_000_000L;

  private long[] pairs = new long[8192];
  private int count;
  private final List<long[]> pauses = new ArrayList<>();
  private long excluded;

  /** A click sent at {@code sent} was answered at {@code done} (nanoTime); any thread. */
  synchronized void add(long sent, long done) {
    if (count + 2 > pairs.length) {
      pairs = Arrays.copyOf(pairs, pairs.length * 2);
    }
    pairs[count++] = sent;
    pairs[count++] = done;
  }

  /** The sampler stopped the server for a full GC from {@code start} to {@code end}. */
  synchronized void pause(long start, long end) {
    pauses.add(new long[] {start, end + GC_SLACK_NANOS});
  }

  /** The window's latencies, sorted (nanoseconds), and a new window begun. */
  synchronized long[] takeWindow() {
    long[] out = new long[count / 2];
    int n = 0;
    for (int i = 0; i < count; i += 2) {
      if (overlapsPause(pairs[i], pairs[i + 1])) {
        excluded++;
      } else {
        out[n++] = pairs[i + 1] - pairs[i];
      }
    }
    count = 0;
    // a pause older than every click still to come cannot overlap one: keep only the last
    if (pauses.size() > 1) {
      pauses.subList(0, pauses.size() - 1).clear();
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  /** Clicks left out so far because a sampler's GC overlapped them. */
  synchronized long excluded() {
    return excluded;
  }

  private boolean overlapsPause(long sent, long done) {
    for (long[] p : pauses) {
      if (sent <= p[1] && done >= p[0]) {
        return true;
      }
    }
    return false;
  }
}
