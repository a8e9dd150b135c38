package dev.weft.fleet;

import dev.weft.testing.CloseStatus;
import dev.weft.testing.ConnectFailedException;
import dev.weft.testing.ConnectOptions;
import dev.weft.testing.WeftTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One user of the counter ({@code /counter/}) through nginx, clicking "+1" at a bounded rate
 * and checking each click's count, and behaving as the browser's client does when things go
 * wrong: a socket closed with a resumable code (1006 from a dead instance, 1012 from a draining
 * one) is reconnected at once, with the session resumed wherever nginx sends it, and the user
 * sees nothing; a session the fleet no longer has (4002) is replaced by a fresh one, which the
 * user sees as a notice.
 *
 * <p>What it counts for the report: <b>closes</b> (sockets that went away and were resumed:
 * invisible to the user) and <b>errors</b> (what a user would notice: a lost session, a click
 * with no answer for {@link #STALL}, a count that is wrong), each timed from the loss.
 */
final class LoadClient implements Runnable {

  /** A click unanswered this long is an error a user would see (a frozen page). */
  static final Duration STALL = Duration.ofSeconds(3);
  private static final Duration RECOVERY = Duration.ofSeconds(20);
  /** How long a close may still be on its way after a write failed on the closed socket. */
  private static final Duration CLOSE_QUEUED = Duration.ofSeconds(1);

  final int number;
  final Instance home;
  volatile Instance socket;
  private final ConnectOptions options;
  private final long periodMillis;
  private volatile long endNanos;
  private WeftTestClient client;
  private int expected;
  private int clicks;

  final List<String> errors = new CopyOnWriteArrayList<>();
  final List<Integer> closes = new CopyOnWriteArrayList<>();
  /** When, after the loss, the client first noticed trouble (a close or a stall); 0 if never. */
  volatile long noticedNanos;
  /** When it noticed by being told: the server's close 4002 (not a stall it had to time out); 0 if never. */
  volatile long toldNanos;
  /** When it was working again after the trouble (a click answered); 0 if never. */
  volatile long workingNanos;
  volatile boolean freshSession;
  /**
   * Whether the last click was answered with the count expected: a page that works again after
   * trouble counted every click exactly once, or it would show another number from then on.
   */
  volatile boolean answered;
  /** Set by the test: the moment of the loss, after which trouble is timed. */
  volatile long lossNanos;

  LoadClient(int number, WeftTestClient client, Instance home, ConnectOptions options, long periodMillis) {
    this.number = number;
    this.client = client;
    this.home = home;
    this.socket = home;
    this.options = options;
    this.periodMillis = periodMillis;
  }

  WeftTestClient client() {
    return client;
  }

  int clicks() {
    return clicks;
  }

  /** Runs until {@code endNanos} (System.nanoTime()), clicking every {@code periodMillis}. */
  void runUntil(long endNanos) {
    this.endNanos = endNanos;
    run();
  }

  @Override
  public void run() {
    while (System.nanoTime() < endNanos) {
      long started = System.nanoTime();
      try {
        client.click(client.findByKey("plus"));
        clicks++;
        expected++;
        client.awaitText(String.valueOf(expected), STALL);
        answered = true;
        if (noticedNanos != 0 && workingNanos == 0) {
          workingNanos = System.nanoTime();
        }
      } catch (AssertionError | ConnectFailedException e) {
        trouble(e);
      } catch (RuntimeException e) {
        if (client.closeStatus().isEmpty() && !closedUnderTheClick()) {
          // the test client refused what the server sent: as wrong as a page gone astray
          errors.add("client failure: " + e);
        }
        trouble(e); // else: the click met a closed socket, which the page would reconnect
      }
      long sleep = periodMillis - (System.nanoTime() - started) / 1_000_000;
      if (sleep > 0) {
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Whether the socket closed as the click was sent: the write fails at once, while the close
   * (with or without a close frame) is still queued behind what the server sent before it. A
   * browser gets its onclose then and reconnects; so does this client, once it has taken the close.
   */
  private boolean closedUnderTheClick() {
    try {
      client.awaitClose(CLOSE_QUEUED);
      return true;
    } catch (AssertionError notClosed) {
      return false;
    }
  }

  private void trouble(Throwable cause) {
    answered = false;
    long now = System.nanoTime();
    if (lossNanos != 0 && noticedNanos == 0) {
      noticedNanos = now;
    }
    Optional<CloseStatus> closed = client.closeStatus();
    if (closed.isEmpty()) {
      errors.add("no answer within " + STALL.toMillis() + " ms (socket open): " + firstLine(cause));
      client.disconnect(); // as the browser's heartbeat would, eventually
    } else if (closed.get().code() == CloseStatus.SESSION_UNKNOWN) {
      told(now);
      errors.add("session lost: " + closed.get());
      fresh();
      return;
    } else if (closed.get().code() == CloseStatus.TAKEN_OVER || closed.get().code() == CloseStatus.SESSION_ENDED
        && !closed.get().reason().isEmpty()) {
      // as the page's close_codes.js: final closes end the page (a 1000 without a reason is the
      // WebSocket stack closing under the app, which the page reconnects after)
      errors.add("closed for good: " + closed.get());
      fresh();
      return;
    } else {
      closes.add(closed.get().code());
    }
    reconnect();
  }

  /** Reconnects (bounded), resuming the session; a 4002 answer starts a fresh one. */
  private void reconnect() {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        client.reconnect();
      } catch (ConnectFailedException e) {
        if (e.closeStatus() != null && e.closeStatus().code() == CloseStatus.SESSION_UNKNOWN) {
          told(System.nanoTime());
          errors.add("session lost on reconnect: " + e.closeStatus());
          fresh();
          return;
        }
        if (e.closeStatus() != null) {
          closes.add(e.closeStatus().code());
        }
        pause(100);
        continue;
      } catch (IllegalStateException e) {
        // the new socket closed under the client while it registered: try again, as the page does
        pause(100);
        continue;
      } catch (AssertionError e) {
        // no answer to the re-attach: the user waits on a page that does not answer
        errors.add("no answer to the re-attach: " + firstLine(e));
        client.disconnect();
        pause(100);
        continue;
      }
      try {
        client.awaitText(String.valueOf(expected), STALL);
      } catch (AssertionError e) {
        errors.add("resumed, but the count is not " + expected + ": " + firstLine(e));
      }
      return;
    }
    errors.add("could not reconnect within " + RECOVERY);
  }

  private void told(long now) {
    if (lossNanos != 0 && toldNanos == 0) {
      toldNanos = now;
    }
  }

  /** A fresh session, as the page starts by itself after a 4002 (with a notice). */
  private void fresh() {
    client.close();
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    String lastFailure = null;
    while (System.nanoTime() < deadline) {
      try {
        client = WeftTestClient.connect(options);
        expected = 0;
        freshSession = true;
        return;
      } catch (ConnectFailedException | AssertionError e) {
        // each new reason once, in the report: once (7 Dec 2026, after a SIGTERM) a user tried
        // for the rest of the run without a word of why
        String failure = firstLine(e);
        if (!failure.equals(lastFailure)) {
          errors.add("a fresh session failed: " + failure);
          lastFailure = failure;
        }
        pause(100);
      }
    }
    errors.add("no fresh session within " + RECOVERY);
    endNanos = 0;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  void close() {
    client.close();
  }
}
