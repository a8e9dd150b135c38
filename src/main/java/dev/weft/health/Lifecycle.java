package dev.weft.health;

/**
 * Where a Weft instance is in its life, in the only order it goes: starting, serving, draining,
 * closed. Only {@link #SERVING} is ready: a load balancer sends new browsers elsewhere before
 * {@code start()} completes and from the first moment of {@code close()}.
 */
public enum Lifecycle {
  /** Created, {@code start()} not yet completed: the router answers, but the instance is not ready. */
  STARTING,
  /** Started: accepts sessions. */
  SERVING,
  /** {@code close()} began: no new sessions; running handlers get {@code shutdown.drainSeconds}. */
  DRAINING,
  /** {@code close()} completed: every session has ended. */
  CLOSED;

  /** Whether new sessions are welcome: the readiness probe's answer. */
  public boolean ready() {
    return this == SERVING;
  }

  /** The name health responses use: {@code starting}, {@code serving}, ... */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
