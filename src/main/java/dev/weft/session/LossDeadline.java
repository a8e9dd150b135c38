package dev.weft.session;

import io.vertx.core.Vertx;

/**
 * When a re-attach stops waiting for its session's answer because a node of the cluster left: a
 * live session answers in milliseconds, so one that has not answered {@code patience} after the
 * loss lived on the node that left (a request to a dead node is never answered, only timed out),
 * and its browser is better off with a new session now than after the full timeout.
 *
 * <p>The time counts from the loss, or — when the node left before the session was asked, while
 * the attach still waited for its connection's address ({@link Sessions#open}) — from the asking:
 * the wait on the cluster is not held against a live session, and a request that the cluster then
 * routes to the dead node is still cut short. Thread-safe: the loss is heard on a Hazelcast thread.
 */
final class LossDeadline {

  private final Vertx vertx;
  private final long patienceMs;
  private final Runnable giveUp;
  private boolean asked;
  private boolean lost;
  private boolean over;
  private long timer = -1;

  /** A deadline that, once due, runs {@code giveUp} on a Vert.x timer. */
  LossDeadline(Vertx vertx, long patienceMs, Runnable giveUp) {
    this.vertx = vertx;
    this.patienceMs = patienceMs;
    this.giveUp = giveUp;
  }

  /** A node of the cluster left. */
  synchronized void nodeLeft() {
    lost = true;
    startIfDue();
  }

  /** The session was asked: the request is on its way. */
  synchronized void asked() {
    asked = true;
    startIfDue();
  }

  /** The answer came (or the attach gave up otherwise): the deadline no longer applies. */
  synchronized void cancel() {
    over = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  private void startIfDue() {
    if (asked && lost && !over && timer < 0) {
      timer = vertx.setTimer(patienceMs, id -> giveUp.run());
    }
  }
}
