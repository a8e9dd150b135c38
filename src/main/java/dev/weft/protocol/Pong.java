package dev.weft.protocol;

/** The answer to {@link Ping}. Outside the sequence. */
public record Pong() implements ServerMessage {

  public static final String TYPE = "pong";

  @Override
  public long seq() {
    return 0;
  }

  @Override
  public long ack() {
    return 0;
  }
}
