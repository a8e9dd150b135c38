package dev.weft.ui;

/** One registered handler: blocking or async, for one event name. */
record Listener(String event, EventHandler<?> blocking, AsyncEventHandler<?> async) {

  boolean isAsync() {
    return async != null;
  }
}
