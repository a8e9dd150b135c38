package dev.weft.ui;

/**
 * A blocking event handler: it may sleep, call JDBC or wait on I/O. It runs off the event loop
 * (on a virtual thread on JDK 21+, on the worker pool on 17), so it never stalls other sessions;
 * handlers of one session may run at the same time.
 *
 * @param <C> the control type
 */
@FunctionalInterface
public interface EventHandler<C extends Control<C>> {

  void handle(ControlEvent<C> event) throws Exception;
}
