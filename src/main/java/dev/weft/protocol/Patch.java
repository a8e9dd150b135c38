package dev.weft.protocol;

import java.util.List;

/**
 * What changed since the previous message, as operations to apply in order.
 *
 * @param seq the server's sequence number
 * @param ops the operations
 */
public record Patch(long seq, List<Op> ops) implements ServerMessage {

  public static final String TYPE = "patch";

  public Patch {
    ops = List.copyOf(ops);
  }
}
