package dev.weft.ui;

import java.util.concurrent.CompletionStage;

/**
 * Handles a pubsub message like an async event handler: on the session's event loop, where it
 * must not block; the next message waits for the stage it returns.
 */
@FunctionalInterface
public interface AsyncPubSubHandler {

  /** Returns the stage that completes when the handler is done, or null when it already is. */
  CompletionStage<?> handle(PubSubMessage message) throws Exception;
}
