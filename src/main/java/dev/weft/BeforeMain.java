package dev.weft;

import dev.weft.ui.Page;

/**
 * Runs for every new session right before the app's {@code main}, off the event loop (it may
 * block): the place for what the host application knows and the app should not have to look up,
 * such as putting the signed-in user into {@link Page#attributes()} from the upgrade request's
 * cookies ({@code page.client()}). When it throws, {@code main} does not run and the error is
 * shown in the page.
 */
@FunctionalInterface
public interface BeforeMain {

  void beforeMain(Page page) throws Exception;
}
