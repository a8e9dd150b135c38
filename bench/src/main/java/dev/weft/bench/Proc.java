package dev.weft.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Linux says about processes: /proc/stat, /proc/<pid>/stat and status, and jcmd. */
final class Proc {

  /** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux). */
  static final double TICKS_PER_SECOND = 100.0;

  private Proc() {
  }

  /** utime + stime of a process, in clock ticks. */
  static long cpuTicks(long pid) {
    long[] t = cpuSplit(pid);
    return t[0] + t[1];
  }

  /** {utime, stime} of a process (all its threads), in clock ticks. */
  static long[] cpuSplit(long pid) {
    String stat = read("/proc/" + pid + "/stat");
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])}; // fields 14 and 15
  }

  /** The resident set of a process in KiB (VmRSS). */
  static long rssKb(long pid) {
    for (String line : read("/proc/" + pid + "/status").split("\n")) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  /**
   * Per thread of a process: {ticks (utime+stime), context switches (voluntary + involuntary)},
   * keyed by thread id; the names are in {@code names}.
   */
  static java.util.Map<Long, long[]> threads(long pid, java.util.Map<Long, String> names) {
    java.util.Map<Long, long[]> m = new java.util.HashMap<>();
    java.io.File[] tasks = new java.io.File("/proc/" + pid + "/task").listFiles();
    if (tasks == null) {
      return m;
    }
    for (java.io.File t : tasks) {
      try {
        long tid = Long.parseLong(t.getName());
        String stat = Files.readString(t.toPath().resolve("stat"), StandardCharsets.UTF_8);
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ctx = 0;
        for (String line : Files.readString(t.toPath().resolve("status"), StandardCharsets.UTF_8).split("\n")) {
          if (line.contains("ctxt_switches:")) {
            ctx += Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
        names.put(tid, name);
        m.put(tid, new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]), ctx});
      } catch (IOException | RuntimeException e) {
        // the thread ended meanwhile
      }
    }
    return m;
  }

  /** The machine's CPU counters: {user+nice+system, irq+softirq, steal, all} in ticks. */
  static long[] machineTicks() {
    String[] f = read("/proc/stat").split("\n")[0].trim().split("\\s+");
    long user = Long.parseLong(f[1]);
    long nice = Long.parseLong(f[2]);
    long system = Long.parseLong(f[3]);
    long idle = Long.parseLong(f[4]);
    long iowait = Long.parseLong(f[5]);
    long irq = Long.parseLong(f[6]);
    long softirq = Long.parseLong(f[7]);
    long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
    return new long[] {user + nice + system, irq + softirq, steal,
        user + nice + system + idle + iowait + irq + softirq + steal};
  }

  /**
   * CPU use over a window: the server's, the driver's (this JVM), and everything else on the
   * machine, in cores (1.0 = one core busy the whole window).
   */
  static final class Window {
    private final long server;
    private final long t0;
    private final long s0;
    private final long sys0;
    private final long d0;
    private final long[] m0;
    private final java.util.Map<Long, String> names = new java.util.HashMap<>();
    private final java.util.Map<Long, long[]> threads0;
    /** After {@link #end()}: the busiest server threads ("name cores, ..."). */
    String busiestThreads = "";
    /** After {@link #end()}: the server's context switches (all threads) over the window. */
    long contextSwitches;

    Window(long serverPid) {
      this.server = serverPid;
      this.t0 = System.nanoTime();
      long[] split = serverPid > 0 ? cpuSplit(serverPid) : new long[2];
      this.s0 = split[0] + split[1];
      this.sys0 = split[1];
      this.d0 = cpuTicks(ProcessHandle.current().pid());
      this.m0 = machineTicks();
      this.threads0 = serverPid > 0 ? threads(serverPid, names) : java.util.Map.of();
    }

    /**
     * {serverCores, driverCores, otherCores, irqCores, stealCores, seconds, serverCpuSeconds,
     * serverSystemShare (kernel time / all of the server's CPU time)}.
     */
    double[] end() {
      long t1 = System.nanoTime();
      long[] split = server > 0 ? cpuSplit(server) : new long[2];
      long s1 = split[0] + split[1];
      long sys1 = split[1];
      long d1 = cpuTicks(ProcessHandle.current().pid());
      long[] m1 = machineTicks();
      double seconds = (t1 - t0) / 1e9;
      if (server > 0) {
        java.util.Map<Long, long[]> threads1 = threads(server, names);
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        for (java.util.Map.Entry<Long, long[]> e : threads1.entrySet()) {
          long[] before = threads0.getOrDefault(e.getKey(), new long[2]);
          contextSwitches += e.getValue()[1] - before[1];
          // numbered threads of one kind count together: "vert.x-eventloo", "C2 CompilerThre"
          byName.merge(names.get(e.getKey()).replaceAll("[-#]?\\d+$", ""), e.getValue()[0] - before[0], Long::sum);
        }
        StringBuilder sb = new StringBuilder();
        byName.entrySet().stream().filter(e -> e.getValue() > 0)
            .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
            .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.2f", e.getValue() / TICKS_PER_SECOND / seconds)));
        busiestThreads = sb.toString();
      }
      double serverSec = (s1 - s0) / TICKS_PER_SECOND;
      double driverSec = (d1 - d0) / TICKS_PER_SECOND;
      double busySec = (m1[0] - m0[0]) / TICKS_PER_SECOND;
      double other = Math.max(0, busySec - serverSec - driverSec) / seconds;
      return new double[] {serverSec / seconds, driverSec / seconds, other,
          (m1[1] - m0[1]) / TICKS_PER_SECOND / seconds, (m1[2] - m0[2]) / TICKS_PER_SECOND / seconds,
          seconds, serverSec, s1 == s0 ? 0 : (sys1 - sys0) / (double) (s1 - s0)};
    }
  }

  private static final Pattern G1_USED = Pattern.compile("heap\\s+total\\s+\\d+K, used (\\d+)K");

  /** Runs a full GC in the process, then returns its heap in use (KiB), with the JDK's jcmd. */
  static long heapAfterFullGcKb(String javaHome, long pid) {
    jcmd(javaHome, pid, "GC.run");
    String info = jcmd(javaHome, pid, "GC.heap_info");
    Matcher m = G1_USED.matcher(info);
    if (!m.find()) {
      throw new IllegalStateException("cannot read the heap in use from GC.heap_info:\n" + info);
    }
    return Long.parseLong(m.group(1));
  }

  static String jcmd(String javaHome, long pid, String... command) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaHome + "/bin/jcmd");
    cmd.add(String.valueOf(pid));
    cmd.addAll(List.of(command));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed:\n"
            + new String(out, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + cmd.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
