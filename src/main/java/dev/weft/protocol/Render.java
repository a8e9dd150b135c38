package dev.weft.protocol;

/**
 * The whole page: sent when a session starts and whenever a connection re-attaches and the
 * server cannot replay what it missed. It starts the sequence afresh.
 *
 * @param seq the server's sequence number
 * @param session the session's id, which the client sends back after a reconnect
 * @param root the page control with all its descendants
 * @param ack the highest client seq the server has accepted
 * @param heartbeat the ping interval in seconds: how long the client waits in silence before it
 *     sends a ping
 */
public record Render(long seq, String session, Node root, long ack, int heartbeat)
    implements ServerMessage {

  public static final String TYPE = "render";

  /** A render acknowledging nothing, without a heartbeat. */
  public Render(long seq, String session, Node root) {
    this(seq, session, root, 0, 0);
  }
}
