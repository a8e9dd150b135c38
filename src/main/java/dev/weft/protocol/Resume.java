package dev.weft.protocol;

/**
 * The answer to a re-attaching {@link Register} when the server can replay what the client
 * missed: the client keeps its page, drops the events {@code ack} covers, resends the rest, and
 * applies the replayed messages that follow. Outside the sequence.
 *
 * @param session the session's id
 * @param ack the highest client seq the server has accepted
 * @param heartbeat the ping interval in seconds, as in {@link Render}
 */
public record Resume(String session, long ack, int heartbeat) implements ServerMessage {

  public static final String TYPE = "resume";

  @Override
  public long seq() {
    return 0;
  }
}
