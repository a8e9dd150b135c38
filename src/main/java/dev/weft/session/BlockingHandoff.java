package dev.weft.session;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one door through which blocking work (an app's {@code main}, blocking handlers, hooks)
 * leaves the event loop.
 *
 * <ul>
 *   <li>On JDK 21+ each task gets its own virtual thread, from an executor reached by reflection
 *       since Weft compiles for 17. Thousands of handlers may sleep at once.</li>
 *   <li>On JDK 17 tasks share a Vert.x {@link WorkerExecutor} of {@code handlers.workerPoolSize}
 *       threads, called with {@code executeBlocking(task, false)}: unordered, because the default
 *       ordered form runs one context's tasks one after another, and handlers of one session must
 *       be able to run at the same time (a 3-second handler must not delay the next click).</li>
 * </ul>
 *
 * <p>Not a VIRTUAL_THREAD verticle either: there a sleeping handler holds the verticle's context
 * and the next event waits. Results come back on the caller's context, with
 * {@link Context#runOnContext}.
 */
public final class BlockingHandoff implements AutoCloseable {

  /** Which kind of threads blocking handlers run on. */
  public enum Mode {
    VIRTUAL_THREADS,
    WORKER_POOL;

    /** The configuration value naming this mode: {@code virtual-threads}, {@code worker-pool}. */
    public String configName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The shared worker pool's name: every Weft instance in a Vert.x instance shares one. */
  static final String POOL_NAME = "weft-handlers";

  private final Mode mode;
  private final ExecutorService virtualThreads;
  private final WorkerExecutor workers;
  private final int poolSize;
  private final SessionMetrics metrics;

  private BlockingHandoff(Mode mode, ExecutorService virtualThreads, WorkerExecutor workers,
                          int poolSize, SessionMetrics metrics) {
    this.mode = mode;
    this.virtualThreads = virtualThreads;
    this.workers = workers;
    this.poolSize = poolSize;
    this.metrics = metrics;
  }

  /**
   * Creates the hand-off.
   *
   * @param preference {@code auto} (virtual threads where the JDK has them), {@code virtual-threads}
   *     or {@code worker-pool}
   * @param poolSize the worker pool's size, used in worker-pool mode
   * @throws IllegalArgumentException when virtual threads are asked for on a JDK without them
   */
  public static BlockingHandoff create(Vertx vertx, String preference, int poolSize) {
    return create(vertx, preference, poolSize, SessionMetrics.NONE);
  }

  /**
   * Creates the hand-off, telling {@code metrics} when each task starts and stops running (the
   * "blocking handlers in flight" gauge: tasks on a thread now, not those queued for one).
   */
  public static BlockingHandoff create(Vertx vertx, String preference, int poolSize,
                                       SessionMetrics metrics) {
    boolean wantVirtual = switch (preference) {
      case "auto" -> virtualThreadsAvailable();
      case "virtual-threads" -> {
        if (!virtualThreadsAvailable()) {
          throw new IllegalArgumentException("handlers.executor is virtual-threads, but JDK "
              + Runtime.version().feature() + " has no virtual threads (they need 21 or later)");
        }
        yield true;
      }
      case "worker-pool" -> false;
      default -> throw new IllegalArgumentException("handlers.executor must be auto, "
          + "virtual-threads or worker-pool, not \"" + preference + "\"");
    };
    if (wantVirtual) {
      return new BlockingHandoff(Mode.VIRTUAL_THREADS, newVirtualThreadExecutor(), null, 0, metrics);
    }
    WorkerExecutor pool = vertx.createSharedWorkerExecutor(POOL_NAME, poolSize, 1, TimeUnit.DAYS);
    return new BlockingHandoff(Mode.WORKER_POOL, null, pool, poolSize, metrics);
  }

  /** Whether this JVM has virtual threads (JDK 21+). */
  public static boolean virtualThreadsAvailable() {
    return Runtime.version().feature() >= 21;
  }

  public Mode mode() {
    return mode;
  }

  /** A phrase for the startup log: which threads run blocking handlers. */
  public String describe() {
    int jdk = Runtime.version().feature();
    return mode == Mode.VIRTUAL_THREADS
        ? "virtual threads (JDK " + jdk + ")"
        : "a worker pool of " + poolSize + " threads (JDK " + jdk + ")";
  }

  /**
   * Runs a blocking task off the event loop. Must be called on a Vert.x context; the returned
   * future completes on that context.
   */
  public <T> Future<T> run(Context context, Callable<T> work) {
    Callable<T> task = metrics == SessionMetrics.NONE ? work : () -> {
      metrics.blockingStarted(); // on the task's own thread: a queued task is not in flight yet
      try {
        return work.call();
      } finally {
        metrics.blockingFinished();
      }
    };
    if (mode == Mode.WORKER_POOL) {
      return workers.executeBlocking(task, false);
    }
    Promise<T> promise = Promise.promise();
    try {
      virtualThreads.execute(() -> {
        T result;
        try {
          result = task.call();
        } catch (Throwable t) {
          context.runOnContext(v -> promise.fail(t));
          return;
        }
        context.runOnContext(v -> promise.complete(result));
      });
    } catch (RejectedExecutionException e) {
      promise.fail(new IllegalStateException("Weft is shutting down", e));
    }
    return promise.future();
  }

  /**
   * Runs a blocking task off the event loop with a time limit counted from when it starts on a
   * thread (time spent waiting for a pool thread does not count): past it the thread is
   * interrupted and the returned future fails at once with a {@link HandlerTimeoutException},
   * whether or not the task heeds the interrupt. A zero limit is {@link #run(Context, Callable)}.
   *
   * @param what names the task, by its {@code toString()}, in the exception's message: the
   *     handler's event, {@code click on Button#3}
   */
  public <T> Future<T> run(Context context, Callable<T> work, Duration limit, Object what) {
    if (limit.isZero()) {
      return run(context, work);
    }
    Promise<T> result = Promise.promise();
    long[] timer = {-1};
    InterruptibleTask<T> task = new InterruptibleTask<>(work, running -> context.runOnContext(v -> {
      if (result.future().isComplete()) {
        return; // done before its timer could even start
      }
      timer[0] = context.owner().setTimer(Math.max(1, limit.toMillis()), id -> {
        StackTraceElement[] where = running.interrupt();
        if (where != null) { // else it finished just now, and its result is on its way here
          HandlerTimeoutException timeout =
              new HandlerTimeoutException(String.valueOf(what), limit, true);
          timeout.setStackTrace(where); // the log shows where the handler was stuck
          result.tryFail(timeout);
        }
      });
    }));
    run(context, task).onComplete(ar -> {
      if (timer[0] >= 0) {
        context.owner().cancelTimer(timer[0]);
      }
      if (ar.succeeded()) {
        result.tryComplete(ar.result());
      } else {
        result.tryFail(ar.cause());
      }
    });
    return result.future();
  }

  @Override
  public void close() {
    if (virtualThreads != null) {
      virtualThreads.shutdown();
    }
    if (workers != null) {
      workers.close();
    }
  }

  /**
   * {@code Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("weft-handler-", 0).factory())},
   * by reflection: Weft compiles for 17, where none of these exist.
   */
  private static ExecutorService newVirtualThreadExecutor() {
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
      Method name = ofVirtual.getMethod("name", String.class, long.class);
      builder = name.invoke(builder, "weft-handler-", 0L);
      ThreadFactory factory = (ThreadFactory) ofVirtual.getMethod("factory").invoke(builder);
      return (ExecutorService) java.util.concurrent.Executors.class
          .getMethod("newThreadPerTaskExecutor", ThreadFactory.class).invoke(null, factory);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("JDK " + Runtime.version().feature()
          + " should have virtual threads, but they cannot be reached", e);
    }
  }
}
