package dev.weft.ui;

/** Handles a view's request to be popped: see {@link Page#onViewPop}. */
@FunctionalInterface
public interface ViewPopHandler {

  void handle(ViewPopEvent event);
}
