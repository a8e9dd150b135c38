package dev.weft.server;

/**
 * The one-line reason a clustered start failed, from the chain Hazelcast and Vert.x wrap it in:
 * the outermost message, and the root cause's when it adds something (Hazelcast says "Port
 * [5701] is already in use" also when {@code cluster.host} is not an address of this machine;
 * the root {@code BindException} says "Cannot assign requested address").
 */
final class ClusterFailure {

  private ClusterFailure() {
  }

  static String reason(Throwable failure) {
    if (failure == null) {
      return "timed out (Vert.x's launcher waits two minutes)";
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String outer = firstLine(failure);
    String inner = firstLine(root);
    if (outer == null) {
      return inner == null ? root.getClass().getName() : inner;
    }
    return inner == null || outer.contains(inner) ? outer : outer + " (" + inner + ")";
  }

  private static String firstLine(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank() ? null : message.strip().lines().findFirst().orElse(null);
  }
}
