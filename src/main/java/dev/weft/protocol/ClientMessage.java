package dev.weft.protocol;

/**
 * A message the browser sends: {@link Register} and {@link ClientEvent} are numbered; {@link Ack}
 * and {@link Ping} are control messages outside the sequence.
 */
public sealed interface ClientMessage permits Register, ClientEvent, Ack, Ping {

  /** The client's sequence number, counting up per session; 0 for a control message. */
  long seq();
}
