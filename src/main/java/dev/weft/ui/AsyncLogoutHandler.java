package dev.weft.ui;

import java.util.concurrent.CompletionStage;

/** Like {@link LogoutHandler}, but runs on the session's event loop: see {@link AsyncLoginHandler}. */
@FunctionalInterface
public interface AsyncLogoutHandler {

  /** Returns the stage that completes when the handler is done, or null when it already is. */
  CompletionStage<?> loggedOut(LogoutEvent event) throws Exception;
}
