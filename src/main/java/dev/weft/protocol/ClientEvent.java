package dev.weft.protocol;

/**
 * Something happened to a control the server listens to.
 *
 * @param seq the client's sequence number
 * @param target the control's id
 * @param name the event's name: click, change, submit, focus or blur
 * @param data the event's data (a String, Boolean, Number or null)
 * @param ack the last server seq the client applied, riding along; 0 when it carries none
 */
public record ClientEvent(long seq, int target, String name, Object data, long ack)
    implements ClientMessage {

  public static final String TYPE = "event";

  /** An event carrying no acknowledgement. */
  public ClientEvent(long seq, int target, String name, Object data) {
    this(seq, target, name, data, 0);
  }
}
