package dev.weft.ui;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** What the runtime hosting a page offers it; the session runtime implements it. */
public interface PageHost {

  /** The session's id. */
  String sessionId();

  /** A stage completing on the session's event loop after {@code delay}. */
  CompletionStage<Void> timer(Duration delay);

  /** Ends the session: the page is closed and the client disconnected. */
  void close();

  /**
   * A signed upload URL for this session, relative to the app's base.
   *
   * @param maxSize the largest upload in bytes, or negative for the configured default
   * @param ttl how long the URL works, or null for the configured default
   * @throws UnsupportedOperationException when the host takes no uploads
   */
  default String uploadUrl(String fileName, long maxSize, Duration ttl) {
    throw new UnsupportedOperationException("this page's host takes no uploads");
  }

  /**
   * The session's client of the app's publish–subscribe.
   *
   * @throws UnsupportedOperationException when the host has none
   */
  default PubSub pubsub() {
    throw new UnsupportedOperationException("this page's host has no pubsub");
  }
}
