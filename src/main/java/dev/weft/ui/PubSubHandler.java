package dev.weft.ui;

/**
 * Handles a pubsub message like a blocking event handler: off the event loop, so it may block;
 * what it changes on the page is sent when it returns.
 */
@FunctionalInterface
public interface PubSubHandler {

  void handle(PubSubMessage message) throws Exception;
}
