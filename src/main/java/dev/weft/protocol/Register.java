package dev.weft.protocol;

/**
 * The first message on every connection: opens a session, or re-attaches to a live one.
 *
 * @param seq the client's sequence number
 * @param session the session to re-attach to after a reconnect, or null for a new one
 * @param route the page's route below the app's base, with its query
 * @param width the viewport's width in CSS pixels
 * @param height the viewport's height in CSS pixels
 * @param dark whether the browser prefers a dark colour scheme
 */
public record Register(long seq, String session, String route, int width, int height, boolean dark)
    implements ClientMessage {

  public static final String TYPE = "register";
}
