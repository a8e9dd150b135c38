package dev.weft.ui;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The page's lock: reentrant, exclusive, unfair, like {@link java.util.concurrent.locks.ReentrantLock}
 * (which it replaces), as one object instead of two. A {@code ReentrantLock} is a 16-byte shell
 * around a 32-byte synchronizer; every session holds a page, so the page holds the synchronizer
 * itself (issue 15). Only what the page uses: {@link #lock()} and {@link #unlock()}. Parking
 * is {@link AbstractQueuedSynchronizer}'s, so virtual threads wait without pinning a carrier.
 */
final class PageLock extends AbstractQueuedSynchronizer {

  /** Takes the lock, waiting while another thread holds it; the holder may take it again. */
  void lock() {
    if (!tryAcquire(1)) {
      acquire(1);
    }
  }

  /**
   * Releases one hold.
   *
   * @throws IllegalMonitorStateException when the calling thread does not hold the lock
   */
  void unlock() {
    release(1);
  }

  /** Whether the calling thread holds the lock. */
  boolean isHeldByCurrentThread() {
    return isHeldExclusively();
  }

  @Override
  protected boolean tryAcquire(int holds) {
    Thread me = Thread.currentThread();
    int state = getState();
    if (state == 0) {
      if (compareAndSetState(0, holds)) {
        setExclusiveOwnerThread(me);
        return true;
      }
    } else if (getExclusiveOwnerThread() == me) {
      int next = state + holds;
      if (next < 0) {
        throw new Error("the page lock was taken more than Integer.MAX_VALUE times over");
      }
      setState(next); // only the holder writes it now
      return true;
    }
    return false;
  }

  @Override
  protected boolean tryRelease(int holds) {
    if (getExclusiveOwnerThread() != Thread.currentThread()) {
      throw new IllegalMonitorStateException("the page lock is not held by this thread");
    }
    int state = getState() - holds;
    boolean free = state == 0;
    if (free) {
      setExclusiveOwnerThread(null);
    }
    setState(state);
    return free;
  }

  @Override
  protected boolean isHeldExclusively() {
    return getExclusiveOwnerThread() == Thread.currentThread();
  }
}
