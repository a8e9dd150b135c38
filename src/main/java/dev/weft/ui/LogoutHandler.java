package dev.weft.ui;

/**
 * Runs when the page is signed out ({@link Page#logout()}, or its tokens expired and could not be
 * refreshed). Runs like a {@link LoginHandler}: off the event loop, its changes sent when it
 * returns.
 */
@FunctionalInterface
public interface LogoutHandler {

  void loggedOut(LogoutEvent event) throws Exception;
}
