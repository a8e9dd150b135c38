package dev.weft.protocol;

import java.util.List;

/**
 * What changed since the previous message, as operations to apply in order.
 *
 * @param seq the server's sequence number
 * @param ops the operations
 * @param ack the highest client seq the server has accepted
 */
public record Patch(long seq, List<Op> ops, long ack) implements ServerMessage {

  public static final String TYPE = "patch";

  public Patch {
    ops = List.copyOf(ops);
  }

  /** A patch acknowledging nothing. */
  public Patch(long seq, List<Op> ops) {
    this(seq, ops, 0);
  }
}
