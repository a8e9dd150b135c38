package dev.weft.bench;

import java.io.File;

/**
 * One sample of the soak's server, taken every sampling interval.
 *
 * @param seconds since the load started
 * @param heapKb heap in use right after a full GC (jcmd GC.run, then GC.heap_info)
 * @param p99Ms the window's 99th-percentile click latency (clicks overlapping the previous
 *     sample's GC left out)
 * @param clicks clicks answered in the window
 * @param fds open file descriptors (/proc/pid/fd)
 * @param threads the JVM's threads (/proc/pid/status Threads)
 * @param rssKb resident set (VmRSS)
 * @param live live sessions (weft_sessions_attached + weft_sessions_detached)
 * @param load1 the machine's one-minute load average
 */
record SoakSample(double seconds, long heapKb, double p99Ms, int clicks, int fds, int threads,
                  long rssKb, long live, double load1) {

  /** Open file descriptors of a process. */
  static int openFds(long pid) {
    String[] names = new File("/proc/" + pid + "/fd").list();
    if (names == null) {
      throw new IllegalStateException("cannot list /proc/" + pid + "/fd (has the server exited?)");
    }
    return names.length;
  }

  /** Threads of a process, as /proc/pid/status counts them. */
  static int threadCount(long pid) {
    for (String line : Proc.read("/proc/" + pid + "/status").split("\n")) {
      if (line.startsWith("Threads:")) {
        return Integer.parseInt(line.substring(8).trim());
      }
    }
    throw new IllegalStateException("no Threads line in /proc/" + pid + "/status");
  }

  /** The machine's one-minute load average. */
  static double oneMinuteLoad() {
    return Double.parseDouble(Proc.read("/proc/loadavg").split(" ")[0]);
  }

  /** The three load averages as /proc/loadavg shows them ("1.19 1.32 2.07"). */
  static String loadAverages() {
    String[] f = Proc.read("/proc/loadavg").split(" ");
    return f[0] + " " + f[1] + " " + f[2];
  }
}
