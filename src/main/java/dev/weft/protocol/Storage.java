package dev.weft.protocol;

/**
 * The page asks the browser to read or write its local storage ({@code page.clientStorage()}).
 * The browser answers with the page's {@code storage} event carrying the same {@code id}.
 * Numbered like a patch, so a request sent while the browser is cut off reaches it on its return
 * (the page's wait for the answer is bounded by its own timeout).
 *
 * @param seq the server's sequence number
 * @param id the request's id, unique within the session, which the answer repeats
 * @param op {@code get}, {@code set}, {@code remove}, {@code keys} or {@code clear}
 * @param key the key, for get, set and remove; null otherwise
 * @param value the value to store, for set (any JSON value); null otherwise
 * @param ack the highest client seq the server has accepted
 */
public record Storage(long seq, long id, String op, String key, Object value, long ack)
    implements ServerMessage {

  public static final String TYPE = "storage";
  public static final String GET = "get";
  public static final String SET = "set";
  public static final String REMOVE = "remove";
  public static final String KEYS = "keys";
  public static final String CLEAR = "clear";
}
