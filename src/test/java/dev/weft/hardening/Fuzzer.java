package dev.weft.hardening;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Fuzzes a running Weft server that serves the counter app at {@code /}: {@code sessions}
 * threads, each opening connection after connection, send {@code frames} frames in all from
 * {@link Shots} as fast as the server answers (up to {@value #WINDOW} unanswered bad frames per
 * connection), while {@code clickers} {@link Clicker}s use the app and time their clicks.
 *
 * <p>The order: the clickers' baseline alone; a warm-up fuzz (loads every code path once, so the
 * heap before is not smaller only for classes and caches not yet made); the heap after a full GC;
 * the fuzz, clicks timed; the fuzz sessions' end (abusive ones at once, the others after
 * {@code session.unconfirmedTimeoutSeconds}); the heap again.
 */
final class Fuzzer {

  /** Bad frames a connection may have unanswered before it waits: a client at full speed, not a pile-up. */
  static final int WINDOW = 8;
  /** How long an answer may take: generous, since the machine running this may be busy (2 shared cores). */
  private static final long ANSWER_MS = 15_000;

  private final int port;
  private final String url;
  private final IntSupplier liveSessions;
  private final AtomicLong framesLeft = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong bad = new AtomicLong();
  private final AtomicLong valid = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong closes = new AtomicLong();
  private final AtomicLong unanswered = new AtomicLong();
  private final AtomicLong crashes = new AtomicLong();
  private volatile String firstCrash;
  private final int[] kinds = new int[Shots.Kind.values().length];

  /**
   * @param liveSessions the server's live session count (to wait for the fuzz sessions' end)
   */
  Fuzzer(int port, IntSupplier liveSessions) {
    this.port = port;
    this.url = "http://127.0.0.1:" + port + "/";
    this.liveSessions = liveSessions;
  }

  FuzzFigures run(long frames, int sessions, int clickers, long baselineMillis, long seed,
                  long settleMillis) throws Exception {
    List<Clicker> users = new ArrayList<>();
    List<Thread> userThreads = new ArrayList<>();
    for (int i = 0; i < clickers; i++) {
      Clicker c = new Clicker(port);
      users.add(c);
      Thread t = new Thread(c, "clicker-" + i);
      t.start();
      userThreads.add(t);
    }
    long ready = System.currentTimeMillis() + 30_000; // connected and warmed up, however busy the machine
    while (users.stream().anyMatch(c -> c.clicks < 20 && c.errors == 0)
        && System.currentTimeMillis() < ready) {
      Thread.sleep(50);
    }
    users.forEach(Clicker::measure);
    Thread.sleep(baselineMillis);
    Latencies baseline = new Latencies();
    users.forEach(c -> c.addTo(baseline));

    fuzz(Math.min(2_000, frames / 10), Math.min(sessions, 20), seed - 1); // warm-up
    awaitSessions(clickers, settleMillis);
    resetCounts();
    long heapBefore = Heap.usedAfterGc();

    try (LogCount severe = LogCount.severe()) {
      users.forEach(Clicker::measure);
      long start = System.nanoTime();
      fuzz(frames, sessions, seed);
      double seconds = (System.nanoTime() - start) / 1e9;
      Latencies underFuzz = new Latencies();
      users.forEach(c -> c.addTo(underFuzz));
      int left = awaitSessions(clickers, settleMillis) - clickers;
      long heapAfter = Heap.usedAfterGc();
      users.forEach(Clicker::stop);
      for (Thread t : userThreads) {
        t.join(15_000);
      }
      int clickerErrors = users.stream().mapToInt(c -> c.errors).sum();
      String firstClickerError = users.stream().map(c -> c.firstError)
          .filter(e -> e != null).findFirst().orElse(null);
      return new FuzzFigures(sent.get(), bad.get(), valid.get(), errors.get(), connections.get(),
          closes.get(), unanswered.get(), crashes.get() + severe.count(), severe.count(),
          firstCrash != null ? firstCrash : severe.first(), baseline.p99Micros(),
          underFuzz.p99Micros(), underFuzz.count(), clickerErrors, firstClickerError,
          heapBefore, heapAfter, left, seconds, kinds.clone());
    }
  }

  private void resetCounts() {
    for (AtomicLong a : List.of(sent, bad, valid, errors, connections, closes, unanswered, crashes)) {
      a.set(0);
    }
    firstCrash = null;
    java.util.Arrays.fill(kinds, 0);
  }

  /** Waits (up to {@code millis}) for the live sessions to drop to {@code expected}; returns the count. */
  private int awaitSessions(int expected, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (liveSessions.getAsInt() > expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    return liveSessions.getAsInt();
  }

  private void fuzz(long frames, int sessions, long seed) throws InterruptedException {
    framesLeft.set(frames);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      Random random = new Random(seed * 1_000 + i);
      Thread t = new Thread(() -> fuzzer(random), "fuzz-" + i);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  /** One fuzzing session: connection after connection until the frames are spent. */
  private void fuzzer(Random random) {
    Shots shots = new Shots(random);
    while (framesLeft.get() > 0) {
      try {
        connection(shots, random);
      } catch (IOException | InterruptedException e) {
        crash("a connection failed: " + e);
      }
    }
    synchronized (kinds) {
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] += shots.counts[i];
      }
    }
  }

  private void connection(Shots shots, Random random) throws IOException, InterruptedException {
    try (FuzzSocket s = FuzzSocket.open(port, "/ws")) {
      connections.incrementAndGet();
      shots.reset();
      boolean registered = random.nextInt(10) != 0; // one in ten stays unregistered
      if (registered) {
        s.text(Shots.register());
        long deadline = System.currentTimeMillis() + ANSWER_MS;
        while (s.render == null && !s.isClosed() && System.currentTimeMillis() < deadline) {
          Thread.sleep(1);
        }
        if (s.render == null) {
          crash("no render for a register (close " + s.closeCode + ")");
          return;
        }
        shots.rendered(s.render);
      }
      int length = 5 + random.nextInt(60);
      int expected = 0;
      boolean closeShot = false;
      for (int i = 0; i < length && !s.isClosed() && framesLeft.getAndDecrement() > 0; i++) {
        Shots.Expect e;
        try {
          e = shots.fire(s, registered);
        } catch (IOException writeFailed) {
          if (s.awaitClose(ANSWER_MS)) {
            break; // the server closed the connection meanwhile (for abuse): counted in settle
          }
          throw writeFailed;
        }
        sent.incrementAndGet();
        if (e == Shots.Expect.NONE) {
          valid.incrementAndGet();
          continue;
        }
        bad.incrementAndGet();
        if (e == Shots.Expect.CLOSE) {
          closeShot = true;
          break;
        }
        expected++;
        long deadline = System.currentTimeMillis() + ANSWER_MS;
        while (expected - s.errors.get() > WINDOW && !s.isClosed()
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(0, 200_000);
        }
      }
      settle(s, expected, closeShot, shots);
    }
  }

  /** Waits for the connection's answers and counts them. */
  private void settle(FuzzSocket s, int expected, boolean closeShot, Shots shots)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + ANSWER_MS;
    if (closeShot) {
      s.awaitClose(ANSWER_MS);
    } else {
      while (s.errors.get() < expected && !s.isClosed() && System.currentTimeMillis() < deadline) {
        Thread.sleep(1);
      }
    }
    errors.addAndGet(s.errors.get());
    if (!s.isClosed()) {
      int missing = Math.max(0, expected - s.errors.get()) + (closeShot ? 1 : 0);
      if (missing > 0 && closeShot && s.errors.get() > expected) {
        missing = 0; // the broken frame got an error instead of a close: answered all the same
      }
      unanswered.addAndGet(missing);
      if (missing > 0) {
        note(missing + " bad frames unanswered on an open connection: " + s.errors.get()
            + " errors for " + shots.fired);
      }
      return; // the client hangs up: a throwaway connection
    }
    if (FuzzFigures.ABUSE_CLOSES.contains(s.closeCode)) {
      closes.incrementAndGet();
    } else {
      crash("closed with " + s.closeCode);
    }
  }

  private void crash(String what) {
    crashes.incrementAndGet();
    note(what);
  }

  private void note(String what) {
    if (firstCrash == null) {
      firstCrash = what;
    }
  }
}
