package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The page's own lock (one object instead of ReentrantLock's two): reentrant and exclusive. */
class PageLockTest {

  @Test
  void theHolderTakesItAgainAndAnotherThreadWaitsUntilEveryHoldIsReleased() throws Exception {
    PageLock lock = new PageLock();
    List<String> order = new CopyOnWriteArrayList<>();
    lock.lock();
    lock.lock();
    assertThat(lock.isHeldByCurrentThread()).isTrue();
    Thread other = new Thread(() -> {
      lock.lock();
      try {
        order.add("other has it");
      } finally {
        lock.unlock();
      }
    });
    other.start();
    while (!lock.isQueued(other)) {
      Thread.onSpinWait(); // the other thread is parked behind our holds
    }
    lock.unlock();
    order.add("one hold left");
    assertThat(lock.isQueued(other)).as("still waiting: one hold is left").isTrue();
    lock.unlock();
    other.join();
    assertThat(order).containsExactly("one hold left", "other has it");
    assertThat(lock.isHeldByCurrentThread()).isFalse();
  }

  @Test
  void releasingALockNotHeldIsAnError() {
    PageLock lock = new PageLock();
    assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class)
        .hasMessageContaining("not held");
  }

  @Test
  void aPageHoldsItsLockAsOneObject() throws Exception {
    java.lang.reflect.Field f = Page.class.getDeclaredField("lock");
    assertThat(f.getType()).isEqualTo(PageLock.class);
    assertThat(PageLock.class.getSuperclass())
        .isEqualTo(java.util.concurrent.locks.AbstractQueuedSynchronizer.class);
  }
}
