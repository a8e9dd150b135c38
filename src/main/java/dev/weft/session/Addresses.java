package dev.weft.session;

/**
 * The event-bus addresses sessions and connections use. The socket side registers
 * {@code weft.conn.<id>} itself (Vert.x's built-in WebSocket write handlers are local-only and off
 * by default), so a session can reach its browser from any verticle, or any JVM.
 */
public final class Addresses {

  private static final String SESSION = "weft.session.";
  private static final String CONNECTION = "weft.conn.";

  private Addresses() {
  }

  /** Where a session takes frames from its browser and attach/detach notices. */
  public static String session(String sessionId) {
    return SESSION + sessionId;
  }

  /** Where a connection takes frames to write to its WebSocket. */
  public static String connection(String connectionId) {
    return CONNECTION + connectionId;
  }
}
