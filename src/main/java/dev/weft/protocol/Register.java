package dev.weft.protocol;

/**
 * The first message on every connection: opens a session, or re-attaches to a live one.
 *
 * @param seq the client's sequence number (not counted when it re-attaches: see docs/protocol.md)
 * @param session the session to re-attach to after a reconnect, or null for a new one
 * @param route the page's route below the app's base, with its query
 * @param width the viewport's width in CSS pixels
 * @param height the viewport's height in CSS pixels
 * @param dark whether the browser prefers a dark colour scheme
 * @param ack the last server seq the client applied in this session; 0 for a new session, or to
 *     ask for a render
 */
public record Register(long seq, String session, String route, int width, int height, boolean dark,
                       long ack) implements ClientMessage {

  public static final String TYPE = "register";

  /** A register that has applied nothing: a new session, or a re-attach that wants a render. */
  public Register(long seq, String session, String route, int width, int height, boolean dark) {
    this(seq, session, route, width, height, dark, 0);
  }
}
