package dev.weft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak's result: the samples as a table, the first-versus-last-third verdict, and the end
 * checks (every session ended, descriptors back to the idle server's, no click lost, no upload
 * refused). {@link #passed} is what the exit status says.
 */
final class SoakReport {

  private final Soak.Plan plan;
  private final String rev;
  private final List<SoakSample> samples;
  private final SoakVerdict verdict;

  String loadBefore;
  String loadAfter;
  double loadSeconds;
  long clicks;
  long excludedClicks;
  long churned;
  long uploads;
  long uploadBytes;
  long stuck;
  long problems;
  String firstProblem;
  long liveAtEnd;
  long openedTotal;
  long endedTotal;
  int fdsIdle;
  int fdsEnd;
  int threadsIdle;
  int threadsEnd;
  long heapEndKb;
  Path serverLog;
  /** Said under the title: what is unusual about this run. */
  String note = "";

  SoakReport(Soak.Plan plan, String rev, List<SoakSample> samples, SoakVerdict verdict) {
    this.plan = plan;
    this.rev = rev;
    this.samples = samples;
    this.verdict = verdict;
  }

  /** The end checks that failed, in words; empty when the run passed them all. */
  List<String> failures() {
    List<String> f = new ArrayList<>();
    for (SoakVerdict.Line l : verdict.lines) {
      if (l.failed()) {
        f.add(l.measure() + " grew from " + SoakVerdict.fmt(l.first()) + " to " + SoakVerdict.fmt(l.last())
            + " " + l.unit() + " (" + l.changeText() + ") between the first and the last third");
      }
    }
    if (liveAtEnd != 0) {
      f.add(liveAtEnd + " sessions still live " + (plan.timeoutSeconds() + 20)
          + " s after every browser left (session.timeoutSeconds " + plan.timeoutSeconds() + "): sessions not ended");
    }
    if (openedTotal != endedTotal) {
      f.add("weft_sessions_opened_total " + openedTotal + " but weft_sessions_ended_total " + endedTotal);
    }
    if (fdsEnd - fdsIdle > Soak.FD_SLACK) {
      f.add("the idle server holds " + fdsEnd + " fds after the load, " + fdsIdle + " before (more than "
          + Soak.FD_SLACK + " more): descriptors leaked");
    }
    if (stuck > 0) {
      f.add(stuck + " clicks never answered");
    }
    if (problems > 0) {
      f.add(problems + " sessions saw a problem; the first: " + firstProblem);
    }
    if (churned == 0 || uploads == 0 || clicks == 0) {
      f.add("no load to speak of (" + clicks + " clicks, " + churned + " sessions churned, " + uploads
          + " uploads): the run proves nothing");
    }
    return f;
  }

  boolean passed() {
    return failures().isEmpty();
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Weft soak (").append(plan.name()).append("), ").append(LocalDate.now()).append("\n\n").append(note);
    sb.append(String.format(Locale.ROOT,
        "Weft %s; server JVM %s -XX:+UseG1GC, one process; %d sessions clicking (one click every %d–%d ms each), "
            + "%d churn workers opening a session, clicking %d times and leaving (every 2nd uploads %d KiB, "
            + "every 4th leaves with a TCP reset), session.timeoutSeconds %d, handlers.workerPoolSize %d; "
            + "a sample every %.0f s after at least %.0f s of warm-up; %.0f s of load in all. Load average (1, 5, 15 min) before: %s, after: %s; %d cores.%n%n",
        rev, Soak.SERVER_HEAP, plan.sessions(), plan.thinkMs() / 2, plan.thinkMs() * 3 / 2,
        plan.churnWorkers(), SoakChurn.CLICKS, SoakChurn.UPLOAD_BYTES / 1024, plan.timeoutSeconds(),
        plan.workerPoolSize(), plan.intervalSeconds(), plan.warmupSeconds(), loadSeconds, loadBefore, loadAfter,
        Runtime.getRuntime().availableProcessors()));
    sb.append("| t (s) | heap after GC (MiB) | p99 click (ms) | clicks | fds | threads | RSS (MiB) | live sessions | load 1 min |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SoakSample s : samples) {
      sb.append(String.format(Locale.ROOT, "| %.0f | %.1f | %.1f | %d | %d | %d | %.0f | %d | %.2f |%n",
          s.seconds(), s.heapKb() / 1024.0, s.p99Ms(), s.clicks(), s.fds(), s.threads(), s.rssKb() / 1024.0,
          s.live(), s.load1()));
    }
    sb.append(String.format(Locale.ROOT, "%nFirst third against last third (median of %d samples each):%n%n",
        verdict.perThird));
    sb.append("| measure | first third | last third | change | verdict |\n|---|---:|---:|---:|---|\n");
    for (SoakVerdict.Line l : verdict.lines) {
      sb.append(String.format(Locale.ROOT, "| %s | %.1f %s | %.1f %s | %s | %s |%n", l.measure(), l.first(), l.unit(),
          l.last(), l.unit(), l.changeText(), l.verdict()));
    }
    sb.append(String.format(Locale.ROOT,
        "%nTotals: %,d clicks answered (%,d left out of the percentiles: in flight during a sampler's full GC), "
            + "%,d sessions churned, %,d uploads (%,d bytes), %d clicks unanswered, %d sessions with a problem.%n",
        clicks, excludedClicks, churned, uploads, uploadBytes, stuck, problems));
    sb.append(String.format(Locale.ROOT,
        "After the load, every browser gone: %d live sessions, %d opened and %d ended in all; "
            + "fds %d (idle before the load: %d), threads %d (idle before: %d), heap after GC %.1f MiB.%n",
        liveAtEnd, openedTotal, endedTotal, fdsEnd, fdsIdle, threadsEnd, threadsIdle, heapEndKb / 1024.0));
    List<String> failures = failures();
    sb.append("\n**").append(failures.isEmpty() ? "Passed" : "FAILED").append("**");
    if (failures.isEmpty()) {
      sb.append(": nothing grew past 10% and its noise floor; every session ended; descriptors came back.\n");
    } else {
      sb.append(":\n\n");
      failures.forEach(x -> sb.append("- ").append(x).append('\n'));
      sb.append("\nServer log: ").append(serverLog).append('\n');
    }
    return sb.toString();
  }

  void write(Path out) throws IOException {
    Files.createDirectories(out.getParent());
    Files.writeString(out, markdown());
  }
}
