package dev.weft.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A blocking task that another thread may interrupt while, and only while, it runs. Pool threads
 * go on to other tasks, so an interrupt aimed at this one must never reach the next: it is
 * delivered under a lock the task also holds to finish, and one that arrives as it finishes is
 * cleared before the thread is given back.
 */
final class InterruptibleTask<T> implements Callable<T> {

  private final Callable<T> work;
  private final Consumer<InterruptibleTask<T>> onStart;
  private Thread thread; // guarded by this: set while the work runs

  /** @param onStart given this task, on the task's thread, just before the work starts */
  InterruptibleTask(Callable<T> work, Consumer<InterruptibleTask<T>> onStart) {
    this.work = work;
    this.onStart = onStart;
  }

  @Override
  public T call() throws Exception {
    synchronized (this) {
      thread = Thread.currentThread();
    }
    try {
      onStart.accept(this);
      return work.call();
    } finally {
      synchronized (this) {
        thread = null;
        Thread.interrupted(); // ours, if any: the thread's next task starts clean
      }
    }
  }

  /**
   * Interrupts the task's thread if the task runs now, and returns where it was (its stack, for the
   * log: where a handler that ran too long was stuck); null when it was not running.
   */
  synchronized StackTraceElement[] interrupt() {
    if (thread == null) {
      return null;
    }
    StackTraceElement[] where = thread.getStackTrace();
    thread.interrupt();
    return where;
  }
}
