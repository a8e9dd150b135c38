package dev.weft.protocol;

/**
 * An acknowledgement, in either direction: the client has applied the server's messages up to
 * {@code ack}, or the server has accepted the client's events up to {@code ack}. Outside the
 * sequence: never numbered, buffered or replayed.
 *
 * @param ack the highest sequence number acknowledged
 */
public record Ack(long ack) implements ClientMessage, ServerMessage {

  public static final String TYPE = "ack";

  @Override
  public long seq() {
    return 0;
  }
}
