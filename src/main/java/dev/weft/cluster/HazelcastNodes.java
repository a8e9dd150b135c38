package dev.weft.cluster;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import dev.weft.session.Nodes;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Nodes} of a Hazelcast cluster: node ids are Vert.x's (the {@code __vertx.nodeId} member
 * attribute vertx-hazelcast sets), and a member's removal — Hazelcast noticed it died, or it left
 * — fires the watches on it. It listens with its own membership listener on the Hazelcast
 * instance rather than through Vert.x's {@code ClusterManager.nodeListener}, which the clustered
 * event bus itself uses and which takes one listener only.
 *
 * <p>Only {@link Nodes#of} refers to this class, and only when Vert.x is clustered.
 */
public final class HazelcastNodes implements Nodes, MembershipListener {

  private static final System.Logger LOG = System.getLogger(HazelcastNodes.class.getName());
  /** The member attribute holding a member's Vert.x node id (see HazelcastClusterManager). */
  private static final String NODE_ID = "__vertx.nodeId";

  private final String self;
  private final Cluster cluster;
  private final UUID registration;
  /** Watches by node id, each with a flag so it fires once. */
  private final Map<String, Set<Once>> watches = new ConcurrentHashMap<>();
  private final Set<Runnable> anyLeaves = ConcurrentHashMap.newKeySet();

  private HazelcastNodes(String self, Cluster cluster) {
    this.self = self;
    this.cluster = cluster;
    this.registration = cluster.addMembershipListener(this);
  }

  /**
   * The nodes of {@code vertx}'s cluster. With a cluster manager other than Hazelcast's (an
   * embedder's choice) the node id is still right, but no loss is ever reported.
   */
  public static Nodes of(Vertx vertx) {
    ClusterManager manager = vertx instanceof VertxInternal internal ? internal.clusterManager() : null;
    if (manager instanceof HazelcastClusterManager hazelcast && hazelcast.getHazelcastInstance() != null) {
      return new HazelcastNodes(manager.getNodeId(), hazelcast.getHazelcastInstance().getCluster());
    }
    String id = manager == null ? Nodes.LOCAL.self() : manager.getNodeId();
    LOG.log(System.Logger.Level.WARNING, "not a Hazelcast cluster: sessions cannot tell when "
        + "another instance is lost");
    return Nodes.alone(id);
  }

  @Override
  public String self() {
    return self;
  }

  @Override
  public Watch watch(String node, Runnable whenLeft) {
    if (node == null || node.equals(self)) {
      return Watch.NONE;
    }
    Once once = new Once(whenLeft);
    watches.compute(node, (n, onNode) -> {
      Set<Once> set = onNode == null ? ConcurrentHashMap.newKeySet() : onNode;
      set.add(once);
      return set;
    });
    // it may have left before the watch was in place: the listener would never say so
    if (!isMember(node)) {
      left(node);
    }
    return () -> watches.computeIfPresent(node, (n, onNode) -> {
      onNode.remove(once);
      return onNode.isEmpty() ? null : onNode; // no empty sets left behind by closed sockets
    });
  }

  @Override
  public Watch whenAnyLeaves(Runnable whenLeft) {
    Runnable mine = () -> whenLeft.run(); // its own identity, so the same action may be added twice
    anyLeaves.add(mine);
    return () -> anyLeaves.remove(mine);
  }

  @Override
  public void memberAdded(MembershipEvent event) {
  }

  @Override
  public void memberRemoved(MembershipEvent event) {
    String node = event.getMember().getAttribute(NODE_ID);
    if (node != null) {
      left(node);
    }
    anyLeaves.forEach(Runnable::run);
  }

  @Override
  public void close() {
    try {
      cluster.removeMembershipListener(registration);
    } catch (RuntimeException e) {
      // the Hazelcast instance is already down: nothing listens any more
    }
    watches.clear();
    anyLeaves.clear();
  }

  private void left(String node) {
    Set<Once> onNode = watches.remove(node);
    if (onNode != null) {
      LOG.log(System.Logger.Level.INFO, "Weft cluster: node " + node + " is gone; "
          + onNode.size() + " of this instance's sessions and sockets depended on it");
      onNode.forEach(Once::run);
    }
  }

  private boolean isMember(String node) {
    try {
      for (Member member : cluster.getMembers()) {
        if (node.equals(member.getAttribute(NODE_ID))) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return true; // this member is shutting down: it is not the other one that is lost
    }
  }

  /** A watch's callback, run at most once. */
  private static final class Once implements Runnable {
    private final Runnable action;
    private final AtomicBoolean done = new AtomicBoolean();

    Once(Runnable action) {
      this.action = action;
    }

    @Override
    public void run() {
      if (done.compareAndSet(false, true)) {
        action.run();
      }
    }
  }
}
