package dev.weft.session;

import dev.weft.secrets.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The event-bus addresses sessions and connections use. The socket side registers
 * {@code weft.conn.<id>} itself (Vert.x's built-in WebSocket write handlers are local-only and off
 * by default), so a session can reach its browser from any verticle, or any JVM.
 */
public final class Addresses {

  private static final String SESSION = "weft.session.";
  private static final String CONNECTION = "weft.conn.";
  private static final String PUBSUB = "weft.pubsub.";
  /**
   * Connection addresses never leave the server, so they need to be unique, not unguessable: a
   * random prefix per process (unique across a cluster's JVMs) and a counter, instead of a
   * random draw on every session open.
   */
  private static final String PROCESS = Secrets.base64url(9);
  private static final java.util.concurrent.atomic.AtomicLong CONNECTIONS =
      new java.util.concurrent.atomic.AtomicLong();

  private Addresses() {
  }

  /**
   * Where a session takes frames from its browser and attach/detach notices. The address holds a
   * digest of the id (132 bits of its SHA-256), not the id: Vert.x names addresses in log lines of
   * its own ("Discarding message since the consumer is not registered", for a frame that reaches
   * a session just ended), and no log line shows a session's id whole (docs/security.md).
   */
  public static String session(String sessionId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(sessionId.getBytes(StandardCharsets.UTF_8));
      return SESSION + Secrets.encode(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Where an app's pubsub messages are published: one address per mount, e.g. {@code /chat/}. */
  public static String pubsub(String mountPath) {
    return PUBSUB + mountPath;
  }

  /** A new connection's address, unique in the cluster. */
  public static String newConnection() {
    return CONNECTION + PROCESS + "." + CONNECTIONS.incrementAndGet();
  }
}
