package dev.weft.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every target the issues set for the benchmarks (issue 5's first round, issue 15's second), in
 * the order the report lists them, and what one run says about each: the figure measured, its
 * ratio to the reference, and a verdict. A target no scenario of the run judged stays
 * <i>not measured</i>, so a partial run ({@code --only}) cannot read as a passing one.
 */
final class Targets {

  enum Verdict {
    MET("met"), MISSED("**missed**"), NOT_MEASURED("not measured");

    final String word;

    Verdict(String word) {
      this.word = word;
    }
  }

  /** One target: which issues set it, for what, how much; then what the run measured. */
  static final class Target {
    final String id;
    final String issues;
    final String metric;
    final String goal;
    String measured = "";
    String ratio = "";
    Verdict verdict = Verdict.NOT_MEASURED;
    String detail = "";

    private Target(String id, String issues, String metric, String goal) {
      this.id = id;
      this.issues = issues;
      this.metric = metric;
      this.goal = goal;
    }

    /**
     * Records the run's figure.
     *
     * @param ratio the figure ÷ its reference, "" when the target has none
     * @param detail after the verdict's word: by how much, a stretch goal's fate ("" for nothing)
     */
    void judge(String measured, String ratio, boolean met, String detail) {
      this.measured = measured;
      this.ratio = ratio;
      this.verdict = met ? Verdict.MET : Verdict.MISSED;
      this.detail = detail;
    }

    /** "met", "**missed** by 3,165 B", "not measured". */
    String verdictCell() {
      return verdict.word + (detail.isEmpty() ? "" : (detail.matches("^[;,:].*") ? "" : " ") + detail);
    }
  }

  private final Map<String, Target> byId = new LinkedHashMap<>();

  Targets() {
    add("memory", "5, 15", "memory per idle counter session",
        "≤ raw echo's per-connection heap + 2 KiB (2,048 B); stretch (5): below echo");
    add("idle", "5", "idle sessions per instance", "15k here with flat latency; 100k in a 2 GiB heap by extrapolation");
    add("open", "5, 15", "sessions opened per second (warm, c=50)", "≥ 80% of raw echo; (5) ≥ 5× Flet = 2,275/s");
    add("lat1", "5", "latency at 1 session p50", "≤ 0.2 ms");
    add("lat50", "5", "latency at 50 sessions p50 / p99", "≤ 1 / ≤ 2 ms");
    add("clicks200", "5", "click events/s, 200 sessions", "≥ 25,000 and ≥ 50% of raw echo");
    add("clicks200-15", "15", "click events/s, 200 sessions", "≥ 65% of raw echo");
    add("lat200", "5", "latency at 200 sessions p50 / p99", "≤ 4 / ≤ 8 ms");
    add("p99-200", "15", "latency at 200 sessions p99", "≤ 5 ms");
    add("clustered50", "15", "click events/s with clustering on (one JVM), 50 sessions", "≥ 0.9× unclustered");
    add("clustered200", "15", "click events/s with clustering on (one JVM), 200 sessions", "≥ 0.9× unclustered");
    add("async", "5", "async 50 ms handler, 200 clickers", "≥ 3,800 ev/s");
    add("blocking17", "5", "blocking 50 ms handler, 200 clickers, JDK 17", "≥ 90% of pool size / 0.05 s = 1,152 ev/s (pool 64)");
    add("blocking25", "5", "blocking 50 ms handler, 200 clickers, Temurin 25", "≥ 3,600 ev/s");
    add("bigpage", "5", "one cell on a 10k-row page", "≤ 200 bytes, ≤ 1 ms");
    add("startup", "5", "start to first page", "≤ 1.2× a trivial Vert.x server; stretch under 1 s");
    add("startup15", "15", "start to first page (without clustering)", "≤ 1.1× a trivial Vert.x server");
    add("hop", "15", "click p50 across one hop (two clustered JVMs), 50 sessions", "≤ 1 ms");
  }

  private void add(String id, String issues, String metric, String goal) {
    byId.put(id, new Target(id, issues, metric, goal));
  }

  Target get(String id) {
    Target t = byId.get(id);
    if (t == null) {
      throw new IllegalArgumentException("no target " + id + "; the targets are " + byId.keySet());
    }
    return t;
  }

  Collection<Target> all() {
    return byId.values();
  }
}
