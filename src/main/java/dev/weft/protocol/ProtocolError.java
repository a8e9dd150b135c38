package dev.weft.protocol;

/**
 * The server could not accept a client message; nothing else happened.
 *
 * @param seq the server's sequence number, or 0 before a session exists
 * @param code a stable machine-readable code, see {@link ErrorCode}
 * @param message a sentence for a developer
 * @param ref the seq of the client message this answers, when it could be read
 */
public record ProtocolError(long seq, String code, String message, Long ref) implements ServerMessage {

  public static final String TYPE = "error";
}
