package dev.weft.hardening;

import java.util.List;
import java.util.Set;

/**
 * What one fuzzing run counted. {@code unanswered}: bad frames that got neither an error nor a
 * close of their socket (must be 0); {@code crashes}: sockets the server dropped or closed with a
 * code other than a protocol-violation one, plus records the server logged at SEVERE (must be 0).
 */
record FuzzFigures(long framesSent, long badFrames, long validFrames, long errorsReturned,
                   long connections, long closes, long unanswered, long crashes, long severeLogs,
                   String firstCrash, long baselineP99Micros, long fuzzP99Micros, long clicks,
                   long clickerErrors, String firstClickerError, long heapBefore, long heapAfter,
                   int sessionsLeft, double seconds, int[] kindCounts) {

  /** The close codes a bad client may get: policy (1008), protocol (1002), bad UTF-8 (1007), too big (1009). */
  static final Set<Integer> ABUSE_CLOSES = Set.of(1002, 1007, 1008, 1009);

  /** The healthy sessions' p99 under fuzz may be at most this many times their baseline. */
  static final double MAX_P99_RATIO = 20;
  /** The heap after (full GC, fuzz sessions ended) may be at most this many times the heap before. */
  static final double MAX_HEAP_RATIO = 1.10;

  /** What is wrong with the run (empty when it passed): the same checks for the suite and the bench. */
  List<String> failures() {
    List<String> failures = new java.util.ArrayList<>();
    check(failures, crashes == 0, "crashes: " + crashes + " (" + firstCrash + ")");
    check(failures, unanswered == 0, "bad frames with neither an error nor a close: " + unanswered);
    check(failures, clickerErrors == 0, "healthy sessions saw errors: " + clickerErrors + " ("
        + firstClickerError + ")");
    check(failures, clicks > 20, "too few healthy clicks measured under fuzz: " + clicks);
    check(failures, p99Ratio() < MAX_P99_RATIO, "healthy p99 " + fuzzP99Micros / 1000.0
        + " ms under fuzz is x" + String.format("%.1f", p99Ratio()) + " the baseline");
    check(failures, sessionsLeft == 0, "fuzz sessions still on the server: " + sessionsLeft);
    check(failures, heapRatio() <= MAX_HEAP_RATIO, "heap after / before = "
        + String.format("%.3f", heapRatio()));
    return failures;
  }

  private static void check(List<String> failures, boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }

  double heapRatio() {
    return (double) heapAfter / heapBefore;
  }

  double p99Ratio() {
    return (double) fuzzP99Micros / Math.max(1, baselineP99Micros);
  }

  /** A Markdown table of the figures, for docs/reliability/fuzz.md and the bench results. */
  String markdown() {
    StringBuilder kinds = new StringBuilder();
    for (Shots.Kind k : Shots.Kind.values()) {
      kinds.append(k.name().toLowerCase()).append(' ').append(kindCounts[k.ordinal()]).append(", ");
    }
    return "| figure | value |\n|---|---|\n"
        + "| frames sent | " + framesSent + " (" + badFrames + " bad, " + validFrames + " valid but hostile) in "
        + String.format("%.1f", seconds) + " s (" + Math.round(framesSent / seconds) + "/s) |\n"
        + "| errors returned | " + errorsReturned + " |\n"
        + "| connections | " + connections + " |\n"
        + "| closes (1002/1007/1008/1009) | " + closes + " |\n"
        + "| bad frames unanswered (no error, no close) | " + unanswered + " |\n"
        + "| crashes (dropped sockets, other close codes, SEVERE logs) | " + crashes + " (SEVERE logs "
        + severeLogs + ")" + (firstCrash == null ? "" : ": " + firstCrash) + " |\n"
        + "| healthy clicks measured | " + clicks + ", errors " + clickerErrors
        + (firstClickerError == null ? "" : " (" + firstClickerError + ")") + " |\n"
        + "| healthy p99 click latency | baseline " + baselineP99Micros / 1000.0 + " ms, under fuzz "
        + fuzzP99Micros / 1000.0 + " ms (x" + String.format("%.1f", p99Ratio()) + ") |\n"
        + "| heap after full GC | before " + heapBefore / 1024 + " KiB, after " + heapAfter / 1024
        + " KiB (x" + String.format("%.3f", heapRatio()) + ") |\n"
        + "| fuzz sessions left on the server | " + sessionsLeft + " |\n"
        + "| kinds tried | " + kinds.substring(0, kinds.length() - 2) + " |\n";
  }
}
