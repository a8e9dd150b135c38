package dev.weft.session;

import io.vertx.core.Vertx;

/**
 * The instances (nodes) of a cluster, as far as sessions care: which one this is, and word when
 * another one is gone. A session and the socket of its browser may live on different nodes; when
 * one of them dies (kill -9, a crash, a partition) nothing closes on the other side by itself, so
 * each side watches the other's node and acts on its loss (see {@code Connection} and
 * {@link SessionVerticle}).
 *
 * <p>Outside a cluster there is one node and nothing ever leaves ({@link #LOCAL}). In a cluster the
 * Hazelcast implementation ({@code dev.weft.cluster.HazelcastNodes}) is used; it is loaded only
 * when Vert.x is clustered, so a server without clustering never loads a Hazelcast class.
 */
public interface Nodes {

  /** A single, unclustered node: this one, which never sees another leave. */
  Nodes LOCAL = alone("local");

  /**
   * A node named {@code id} that never hears of another leaving: an unclustered instance, or a
   * cluster whose manager cannot report losses.
   */
  static Nodes alone(String id) {
    return new Nodes() {
      @Override
      public String self() {
        return id;
      }

      @Override
      public Watch watch(String node, Runnable whenLeft) {
        return Watch.NONE;
      }

      @Override
      public Watch whenAnyLeaves(Runnable whenLeft) {
        return Watch.NONE;
      }

      @Override
      public void close() {
      }
    };
  }

  /** The nodes of {@code vertx}'s cluster, or {@link #LOCAL} when it is not clustered. */
  static Nodes of(Vertx vertx) {
    if (!vertx.isClustered()) {
      return LOCAL;
    }
    return dev.weft.cluster.HazelcastNodes.of(vertx);
  }

  /** This node's id, as other nodes know it (Vert.x's node id in a cluster). */
  String self();

  /**
   * Runs {@code whenLeft} once, on any thread, when {@code node} leaves the cluster — at once if
   * it already has. Watching this node itself does nothing: a node that dies sees nothing more.
   */
  Watch watch(String node, Runnable whenLeft);

  /**
   * Runs {@code whenLeft}, on any thread, each time some other node leaves, until cancelled. For
   * a wait on an answer from a node not yet known, which a dead node would never give.
   */
  Watch whenAnyLeaves(Runnable whenLeft);

  /** Stops hearing of the cluster; watches in place never fire. */
  void close();

  /** A watch on a node, to cancel once the session or socket it serves is gone. */
  interface Watch {

    /** Watches nothing. */
    Watch NONE = () -> {
    };

    void cancel();
  }
}
