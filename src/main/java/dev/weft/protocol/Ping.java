package dev.weft.protocol;

/**
 * The client has heard nothing from the server for a heartbeat and asks whether it is still
 * there; the server answers {@link Pong}. Outside the sequence.
 */
public record Ping() implements ClientMessage {

  public static final String TYPE = "ping";

  @Override
  public long seq() {
    return 0;
  }
}
