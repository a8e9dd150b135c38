package dev.weft.ui;

/**
 * Runs when a sign-in the page started ({@link Page#login}) ends, signed in or failed. Like a
 * blocking event handler it runs off the event loop and may block (look the user up in a
 * database); what it changes on the page is sent when it returns, and what it throws is shown in
 * the page's error banner.
 */
@FunctionalInterface
public interface LoginHandler {

  void loggedIn(LoginEvent event) throws Exception;
}
