package dev.weft.ui;

/**
 * Hears the keys pressed on the page ({@link Page#onKeyboardEvent}). Runs like a blocking event
 * handler: off the event loop, what it changes sent when it returns.
 */
@FunctionalInterface
public interface KeyboardHandler {

  void handle(KeyboardEvent event) throws Exception;
}
