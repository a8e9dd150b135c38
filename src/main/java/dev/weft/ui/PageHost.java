package dev.weft.ui;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** What the runtime hosting a page offers it; the session runtime implements it. */
public interface PageHost {

  /** The session's id. */
  String sessionId();

  /** A stage completing on the session's event loop after {@code delay}. */
  CompletionStage<Void> timer(Duration delay);

  /** Ends the session: the page is closed and the client disconnected. */
  void close();

  /**
   * A signed upload URL for this session, relative to the app's base.
   *
   * @param maxSize the largest upload in bytes, or negative for the configured default
   * @param ttl how long the URL works, or null for the configured default
   * @throws UnsupportedOperationException when the host takes no uploads
   */
  default String uploadUrl(String fileName, long maxSize, Duration ttl) {
    throw new UnsupportedOperationException("this page's host takes no uploads");
  }

  /**
   * The session's client of the app's publish–subscribe.
   *
   * @throws UnsupportedOperationException when the host has none
   */
  default PubSub pubsub() {
    throw new UnsupportedOperationException("this page's host has no pubsub");
  }

  /**
   * Begins a sign-in with a configured provider: the browser goes to the provider, and how it
   * ends reaches the page's {@link LoginHandler}s.
   *
   * @throws UnsupportedOperationException when the host has no sign-in
   */
  default void login(String provider, LoginOptions options) {
    throw new UnsupportedOperationException("this page's host has no sign-in");
  }

  /** Signs the page out (does nothing when it is not signed in); the logout handlers hear of it. */
  default void logout() {
  }

  /** The configured sign-in providers' names, in configuration order; empty when there are none. */
  default java.util.List<String> loginProviders() {
    return java.util.List.of();
  }

  /** Who is signed in to the page, or null. */
  default Auth auth() {
    return null;
  }

  /**
   * Sends the browser to {@code url}, in this window or a new one.
   *
   * @throws UnsupportedOperationException when the host has no browser to send anywhere
   */
  default void navigate(String url, boolean newTab) {
    throw new UnsupportedOperationException("this page's host cannot open URLs");
  }

  /**
   * Has the browser download {@code source} as {@code fileName} through a signed one-time URL.
   *
   * @throws UnsupportedOperationException when the host serves no downloads
   */
  default void download(DownloadSource source, String fileName, String contentType) {
    throw new UnsupportedOperationException("this page's host serves no downloads");
  }

  /**
   * Sends the browser a {@code storage} request ({@link ClientStorage}); the answer comes back as
   * the page's {@code storage} event.
   *
   * @throws UnsupportedOperationException when the host has no browser
   */
  default void clientStorage(long id, String op, String key, Object value) {
    throw new UnsupportedOperationException("this page's host has no browser storage");
  }
}
