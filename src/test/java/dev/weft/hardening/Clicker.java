package dev.weft.hardening;

/**
 * A well-behaved user of the counter app, on a thread of its own: registers, then clicks "+1"
 * (acknowledging what it received, as the browser does) and times how long the patch takes to
 * come, until told to stop. Whatever goes wrong for it — an {@code error} frame, a patch that does
 * not come, a closed socket — is counted: a healthy session must see none while others misbehave.
 *
 * <p>It speaks the protocol over a {@link FuzzSocket} rather than through {@code WeftTestClient},
 * which keeps every message it received for the test to inspect: thousands of clicks would grow
 * the very heap the fuzzer compares before and after.
 */
final class Clicker implements Runnable {

  private static final long PATIENCE_MS = 10_000;

  private final int port;
  private volatile boolean measuring;
  private volatile boolean stop;
  private final Latencies latencies = new Latencies();
  /** Clicks answered so far, measured or not. */
  volatile int clicks;
  volatile int errors;
  volatile String firstError;

  Clicker(int port) {
    this.port = port;
  }

  /** Keep the latencies of the clicks from now on (earlier ones were a warm-up or another phase). */
  synchronized void measure() {
    latencies.clear();
    measuring = true;
  }

  /** Adds the latencies kept since {@link #measure()} to {@code into}. */
  synchronized void addTo(Latencies into) {
    into.addAll(latencies);
  }

  void stop() {
    stop = true;
  }

  @Override
  public void run() {
    try (FuzzSocket s = FuzzSocket.open(port, "/ws")) {
      s.text(Shots.register());
      long deadline = System.currentTimeMillis() + PATIENCE_MS;
      while (s.render == null && System.currentTimeMillis() < deadline) {
        Thread.sleep(1);
      }
      Shots shots = new Shots(new java.util.Random());
      shots.rendered(s.render);
      int button = shots.button();
      long seq = 1;
      while (!stop) {
        int patches = s.patches.get();
        long start = System.nanoTime();
        s.text("{\"type\":\"event\",\"seq\":" + ++seq + ",\"ack\":" + s.lastSeq + ",\"target\":"
            + button + ",\"name\":\"click\",\"data\":null}");
        deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (s.patches.get() == patches && !s.isClosed() && System.currentTimeMillis() < deadline) {
          Thread.onSpinWait();
          Thread.sleep(0, 100_000);
        }
        long took = System.nanoTime() - start;
        if (s.patches.get() == patches) {
          failed("no patch for click " + seq + " within " + PATIENCE_MS + " ms (close " + s.closeCode + ")");
          return;
        }
        clicks++;
        synchronized (this) {
          if (measuring) {
            latencies.record(took);
          }
        }
        Thread.sleep(5); // a fast user, not a loop
      }
      if (s.errors.get() > 0 || s.isClosed()) {
        failed(s.errors.get() + " error frames, close " + s.closeCode);
      }
    } catch (Exception e) {
      failed(e.toString());
    }
  }

  private synchronized void failed(String what) {
    errors++;
    if (firstError == null) {
      firstError = what;
    }
  }
}
