package dev.weft.protocol;

/**
 * The whole page: sent when a session starts and whenever a connection re-attaches.
 *
 * @param seq the server's sequence number
 * @param session the session's id, which the client sends back after a reconnect
 * @param root the page control with all its descendants
 */
public record Render(long seq, String session, Node root) implements ServerMessage {

  public static final String TYPE = "render";
}
