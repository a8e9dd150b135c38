package dev.weft.ui.controls;

/**
 * A {@link DataColumn}'s sort handler. Like any blocking event handler it runs off the event loop
 * and may block (a database query in the new order); what it changes is sent when it returns.
 */
@FunctionalInterface
public interface DataColumnSortHandler {

  void handle(DataColumnSortEvent event) throws Exception;
}
