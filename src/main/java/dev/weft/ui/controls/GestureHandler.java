package dev.weft.ui.controls;

/**
 * A {@link GestureDetector}'s handler. Like any blocking event handler it runs off the event
 * loop; what it changes on the page is sent when it returns.
 */
@FunctionalInterface
public interface GestureHandler {

  void handle(GestureEvent event) throws Exception;
}
