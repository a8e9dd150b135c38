package dev.weft.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An interrupt reaches a task while it runs, and never the next task on the same pool thread. */
class InterruptibleTaskTest {

  private final ExecutorService oneThread = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    oneThread.shutdownNow();
  }

  @Test
  void anInterruptWhileItRunsReachesIt() throws Exception {
    AtomicReference<Thread> runner = new AtomicReference<>();
    InterruptibleTask<Void> task = new InterruptibleTask<>(() -> {
      Thread.sleep(30_000);
      return null;
    }, t -> runner.set(Thread.currentThread()));
    Future<Void> run = oneThread.submit(task);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (runner.get() == null || runner.get().getState() != Thread.State.TIMED_WAITING) {
      assertThat(System.nanoTime()).as("the task is asleep within 5 s").isLessThan(deadline);
      Thread.sleep(5);
    }
    StackTraceElement[] where = task.interrupt();
    assertThat(where).as("where it was: in its sleep, called from this test")
        .anyMatch(e -> e.getMethodName().equals("sleep"))
        .anyMatch(e -> e.getClassName().equals(InterruptibleTaskTest.class.getName()));
    assertThatThrownBy(() -> run.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(nextTaskSeesInterrupt()).as("the next task on that thread starts clean").isFalse();
  }

  @Test
  void anInterruptAfterItEndedReachesNothing() throws Exception {
    InterruptibleTask<String> task = new InterruptibleTask<>(() -> "done", t -> { });
    assertThat(oneThread.submit(task).get(5, TimeUnit.SECONDS)).isEqualTo("done");
    assertThat(task.interrupt()).as("nothing to interrupt").isNull();
    assertThat(nextTaskSeesInterrupt()).isFalse();
  }

  @Test
  void anInterruptThatLandsAsItEndsIsClearedBeforeTheThreadGoesOn() throws Exception {
    AtomicReference<InterruptibleTask<Void>> self = new AtomicReference<>();
    InterruptibleTask<Void> task = new InterruptibleTask<>(() -> {
      self.get().interrupt(); // as if the timer fired just as the work returned
      return null;
    }, t -> { });
    self.set(task);
    oneThread.submit(task).get(5, TimeUnit.SECONDS);
    assertThat(nextTaskSeesInterrupt()).isFalse();
  }

  private boolean nextTaskSeesInterrupt() throws Exception {
    return oneThread.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS);
  }
}
