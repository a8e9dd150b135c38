package dev.weft.ui;

import java.util.concurrent.CompletionStage;

/**
 * Like {@link LoginHandler}, but runs on the session's event loop, where it must not block: for
 * handlers that only change the page, or chain async work. What it changes is sent when the stage
 * it returns completes.
 */
@FunctionalInterface
public interface AsyncLoginHandler {

  /** Returns the stage that completes when the handler is done, or null when it already is. */
  CompletionStage<?> loggedIn(LoginEvent event) throws Exception;
}
