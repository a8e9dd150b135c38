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
}
