package dev.weft.protocol;

/**
 * Something happened to a control the server listens to.
 *
 * @param seq the client's sequence number
 * @param target the control's id
 * @param name the event's name: click, change, submit, focus or blur
 * @param data the event's data (a String, Boolean, Number or null)
 */
public record ClientEvent(long seq, int target, String name, Object data) implements ClientMessage {

  public static final String TYPE = "event";
}
