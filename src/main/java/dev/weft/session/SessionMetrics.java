package dev.weft.session;

import dev.weft.protocol.ErrorCode;

/**
 * What sessions tell whoever counts them: the moments an operator's dashboard is made of. Every
 * method has a default that does nothing, and {@link #NONE} is what a Weft without metrics
 * passes, so the session code does not depend on a metrics library and tests or embedders that
 * want no metrics pay one interface call per event. {@code dev.weft.metrics} implements it with
 * Micrometer.
 *
 * <p>Called from event loops, worker threads and virtual threads at once, often (every click):
 * implementations must be thread-safe and cheap — no allocation, no registry lookup per call.
 */
public interface SessionMetrics {

  /** Counts nothing. */
  SessionMetrics NONE = new SessionMetrics() {
  };

  /** A new session started, with its browser attached. */
  default void sessionOpened() {
  }

  /** A session's browser went away; the session waits for it ({@code session.timeoutSeconds}). */
  default void sessionDetached() {
  }

  /** A detached session's browser came back. */
  default void sessionReattached() {
  }

  /**
   * A session ended, for whatever reason (closed by the app, timed out, server shutting down).
   *
   * @param attached whether a browser was attached at the end
   */
  default void sessionEnded(boolean attached) {
  }

  /** A client event was accepted and dispatched to the page (whether or not a handler ran). */
  default void eventHandled() {
  }

  /**
   * An event handler finished.
   *
   * @param blocking whether it ran through the blocking hand-off (else async, on the event loop)
   * @param nanos how long it took, until its future completed
   * @param failed whether it threw (or its future failed)
   */
  default void handlerFinished(boolean blocking, long nanos, boolean failed) {
  }

  /** A blocking task (an app's main, a blocking handler, a hook) starts running on its thread. */
  default void blockingStarted() {
  }

  /** A blocking task stopped running, normally or not. */
  default void blockingFinished() {
  }

  /** An {@code error} message went to a client. */
  default void protocolError(ErrorCode code) {
  }

  /**
   * A connection of this instance got its session, here or on another instance of the cluster.
   *
   * @param remote whether the session lives on another instance (every frame takes a cluster hop)
   */
  default void socketAttached(boolean remote) {
  }

  /** A connection {@link #socketAttached} earlier closed. */
  default void socketDetached(boolean remote) {
  }

  /** A file of {@code bytes} bytes was uploaded and handed to its session. */
  default void uploaded(long bytes) {
  }
}
