package dev.weft.protocol;

/** A message the browser sends: {@link Register} or {@link ClientEvent}. */
public sealed interface ClientMessage permits Register, ClientEvent {

  /** The client's sequence number, counting up per session. */
  long seq();
}
