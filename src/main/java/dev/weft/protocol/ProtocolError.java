package dev.weft.protocol;

/**
 * The server could not accept a client message; nothing else happened.
 *
 * @param seq the server's sequence number, or 0 before a session exists
 * @param code a stable machine-readable code, see {@link ErrorCode}
 * @param message a sentence for a developer
 * @param ref the seq of the client message this answers, when it could be read
 * @param ack the highest client seq the server has accepted (0 before a session exists)
 */
public record ProtocolError(long seq, String code, String message, Long ref, long ack)
    implements ServerMessage {

  public static final String TYPE = "error";

  /** An error acknowledging nothing: before a session exists. */
  public ProtocolError(long seq, String code, String message, Long ref) {
    this(seq, code, message, ref, 0);
  }
}
