package dev.weft.protocol;

/** A client message that cannot be accepted, with the error to answer it with. */
public final class ProtocolException extends Exception {

  private final ErrorCode code;
  private final Long ref;

  public ProtocolException(ErrorCode code, String message, Long ref) {
    super(message, null, false, false);
    this.code = code;
    this.ref = ref;
  }

  public ErrorCode code() {
    return code;
  }

  /** The seq of the offending message, when it could be read. */
  public Long ref() {
    return ref;
  }

  /** The error message answering this exception. */
  public ProtocolError toError(long seq) {
    return new ProtocolError(seq, code.wire(), getMessage(), ref);
  }

  /** This error as a session sends it: numbered, acknowledging the client's seq up to {@code ack}. */
  public ProtocolError toError(long seq, long ack) {
    return new ProtocolError(seq, code.wire(), getMessage(), ref, ack);
  }
}
