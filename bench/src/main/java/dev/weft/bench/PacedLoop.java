package dev.weft.bench;

import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clicks on a schedule instead of as fast as the server answers: each session clicks
 * {@code perSecond} times a second, the sessions' turns spread evenly over one period, at most
 * one click of a session in flight.
 *
 * <p>A closed loop keeps every session busy, so on a saturated machine its latency is mostly
 * queueing (p50 ≈ sessions ÷ rate) and anything that adds CPU shows up as latency. A paced
 * loop below saturation shows what a click costs in time, with the same number of sessions
 * attached and active. A click whose turn comes while the session's previous one is still
 * unanswered goes out as soon as that answer arrives, and its latency counts from its turn, not
 * from when it went out, so a slow answer is not hidden by the clicks it delayed (no coordinated
 * omission).
 */
final class PacedLoop {

  private PacedLoop() {
  }

  /**
   * Runs the schedule for {@code warmup} seconds, measures {@code window} seconds (latencies of the
   * clicks whose turn fell in the window), then lets the clicks already due finish, for at most
   * {@code drainLimit} seconds.
   *
   * @param peerPid a second server process whose CPU time counts as the server's (0: none)
   */
  static Bench.Loop run(Vertx vertx, List<Session> sessions, long serverPid, long peerPid, double perSecond,
                        double warmup, double window, double drainLimit) throws InterruptedException {
    long periodNs = (long) (1e9 / perSecond);
    long t0 = System.nanoTime() + 50_000_000L; // the first turns: after every session has its timer
    long from = t0 + (long) (warmup * 1e9);
    long stopAt = from + (long) (window * 1e9);
    AtomicInteger active = new AtomicInteger(sessions.size());
    CountDownLatch done = new CountDownLatch(1);
    for (int i = 0; i < sessions.size(); i++) {
      Session s = sessions.get(i);
      long firstTurn = t0 + periodNs * i / sessions.size();
      Schedule schedule = new Schedule(vertx, s, periodNs, from, stopAt, () -> {
        if (active.decrementAndGet() == 0) {
          done.countDown();
        }
      });
      s.recordCount = 0;
      s.listener = (ss, sent, now) -> schedule.answered(sent, now);
      s.context.runOnContext(v -> schedule.at(firstTurn));
    }
    Bench.Loop measured = Bench.Loop.measure(serverPid, peerPid, from, stopAt);
    boolean finished = done.await((long) (drainLimit * 1000), TimeUnit.MILLISECONDS);
    // the turns inside the window, each with its latency from its turn
    Bench.Loop loop = Bench.Loop.collect(sessions, from, stopAt, window, true).machine(measured);
    loop.seconds = window; // a schedule's rate is its clicks over the window, not up to the last answer
    loop.rate = loop.events / window;
    loop.stuck = finished ? 0 : active.get();
    for (Session s : sessions) {
      s.listener = null;
    }
    return loop;
  }

  /** One session's turns; every method runs on the session's context. */
  private static final class Schedule {
    private final Vertx vertx;
    private final Session session;
    private final long periodNs;
    private final long from;
    private final long stopAt;
    private final Runnable finished;
    /** Turns that came while a click was in flight, oldest first. */
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();
    private long inFlightTurn;
    private boolean ended;

    Schedule(Vertx vertx, Session session, long periodNs, long from, long stopAt, Runnable finished) {
      this.vertx = vertx;
      this.session = session;
      this.periodNs = periodNs;
      this.from = from;
      this.stopAt = stopAt;
      this.finished = finished;
    }

    /** Waits for the turn at {@code turn} (nanoTime), clicks or queues it, and sets up the next. */
    void at(long turn) {
      long delayMs = Math.max(1, (turn - System.nanoTime() + 999_999) / 1_000_000); // not before the turn
      vertx.setTimer(delayMs, id -> {
        // the turn as the timer kept it (up to a millisecond late, which is the bench's, not the server's)
        long kept = System.nanoTime();
        if (session.inFlight()) {
          waiting.add(kept);
        } else {
          click(kept);
        }
        long next = turn + periodNs;
        if (next < stopAt) {
          at(next);
        } else {
          ended = true;
          endIfIdle();
        }
      });
    }

    /**
     * @param sent when the click went out: after its turn when it waited for the one before (its
     *     latency then counts from the turn), else at its turn
     */
    void answered(long sent, long now) {
      if (inFlightTurn >= from) {
        session.record(Math.min(inFlightTurn, sent), now);
      }
      Long turn = waiting.poll();
      if (turn != null) {
        click(turn);
      } else {
        endIfIdle();
      }
    }

    private void click(long turn) {
      inFlightTurn = turn;
      session.click();
    }

    private void endIfIdle() {
      if (ended && waiting.isEmpty() && !session.inFlight()) {
        ended = false; // once
        finished.run();
      }
    }
  }
}
