package dev.weft.ui;

import java.util.concurrent.CompletionStage;

/**
 * An async event handler: it runs on the session's event loop and must not block; it returns a
 * stage that completes when its work is done (a Vert.x {@code Future} converts with
 * {@code toCompletionStage()}). Changes it makes are sent when the stage completes, or earlier
 * with {@link Page#update()}.
 *
 * @param <C> the control type
 */
@FunctionalInterface
public interface AsyncEventHandler<C extends Control<C>> {

  /** Returns the stage that completes when the handler is done, or null when it already is. */
  CompletionStage<?> handle(ControlEvent<C> event) throws Exception;
}
