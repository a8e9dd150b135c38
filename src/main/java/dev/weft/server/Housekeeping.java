package dev.weft.server;

import dev.weft.auth.OAuthStates;
import dev.weft.upload.UploadStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The periodic cleanup a running Weft needs, every {@code cleanup.intervalSeconds}: OAuth states
 * past their lifetime (their sign-ins fail) and temporary upload files left behind by uploads that
 * never finished ({@link UploadStore#STALE_AFTER}). Expired sessions need no sweep: each session
 * ends itself on its own timer.
 */
public final class Housekeeping {

  private static final System.Logger LOG = System.getLogger(Housekeeping.class.getName());

  private final Vertx vertx;
  private final Duration interval;
  private final OAuthStates states;
  private final UploadStore uploads;
  private final AtomicLong timer = new AtomicLong(-1);

  public Housekeeping(Vertx vertx, Duration interval, OAuthStates states, UploadStore uploads) {
    this.vertx = vertx;
    this.interval = interval;
    this.states = states;
    this.uploads = uploads;
  }

  /** Cleans up now, then every interval until {@link #stop()}. */
  public void start() {
    if (timer.get() < 0) {
      long id = vertx.setPeriodic(0, Math.max(1, interval.toMillis()), t -> runOnce());
      if (!timer.compareAndSet(-1, id)) {
        vertx.cancelTimer(id); // another caller won
      }
    }
  }

  /** Cancels the timer. */
  public void stop() {
    long id = timer.getAndSet(-1);
    if (id >= 0) {
      vertx.cancelTimer(id);
    }
  }

  /** One round: completes with nothing, whatever failed (it is logged, and tried next round). */
  public Future<Void> runOnce() {
    int states = this.states.removeExpired();
    return uploads.removeStale(UploadStore.STALE_AFTER)
        .onSuccess(files -> {
          if (states + files > 0) {
            LOG.log(System.Logger.Level.DEBUG, "cleanup: " + states + " expired OAuth states, "
                + files + " stale temporary upload files removed");
          }
        })
        .onFailure(t -> LOG.log(System.Logger.Level.WARNING,
            "cleanup: cannot remove stale upload files in " + uploads.root(), t))
        .<Void>mapEmpty()
        .otherwise((Void) null);
  }
}
